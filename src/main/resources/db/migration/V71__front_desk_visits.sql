-- The front desk's visit: holds for new clients, arrival and completion, a cancellation's reason and
-- note, and visits recorded from before ReliefDesk.
alter table booking drop constraint booking_status_check;
alter table booking add constraint booking_status_check
    check (status in ('HELD', 'BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW'));
-- until when a HELD booking keeps its slot (a hold reads back CANCELLED / HOLD_EXPIRED from then on)
alter table booking add column hold_expires_at timestamptz;
alter table booking add column cancel_note text;
alter table booking add column checked_in_at timestamptz;
alter table booking add column checked_in_by uuid references app_user (id);
alter table booking add column completed_at timestamptz;
alter table booking add column completed_by uuid references app_user (id);
-- booked by an administrator after the fact, for a visit before ReliefDesk
alter table booking add column past_visit boolean not null default false;
create index booking_hold_expiry_ix on booking (hold_expires_at) where status = 'HELD';

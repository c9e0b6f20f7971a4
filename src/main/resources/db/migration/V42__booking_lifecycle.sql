-- booking lifecycle: courses, reschedule history, waitlist with offers that hold a freed slot,
-- therapists' calendar feed tokens, and per-location settings for emails and offers.

alter table location add column address text not null default '';
-- how long a waitlist offer holds a freed slot for the client it was offered to
alter table location add column offer_hold_minutes int not null default 120
    check (offer_hold_minutes between 5 and 2880);

create table course (
    id            uuid primary key default gen_random_uuid(),
    client_id     uuid not null references client (id),
    location_id   uuid not null references location (id),
    service_code  text not null references service (code),
    therapist_id  uuid references therapist (id),
    sessions      int not null check (sessions between 2 and 52),
    interval_days int check (interval_days between 1 and 90),
    days_of_week  text[],
    check ((interval_days is null) <> (days_of_week is null)),
    created_by    uuid references app_user (id),
    created_at    timestamptz not null default now()
);
create index course_client_ix on course (client_id, created_at);
alter table booking add constraint booking_course_fk foreign key (course_id) references course (id);

-- when a booking last moved (no reminder for a time chosen inside the reminder window), and the
-- start a reminder was queued for (a moved booking gets one for its new time)
alter table booking add column rescheduled_at timestamptz;
alter table booking add column reminder_queued_for timestamptz;
create index booking_reminder_due_ix on booking (starts_at) where status = 'BOOKED';

create table booking_change (
    id             uuid primary key default gen_random_uuid(),
    booking_id     uuid not null references booking (id),
    kind           text not null check (kind in ('RESCHEDULED')),
    from_start     timestamptz not null,
    to_start       timestamptz not null,
    from_therapist uuid not null references therapist (id),
    to_therapist   uuid not null references therapist (id),
    -- moved inside the location's late-cancellation window (only staff may)
    late           boolean not null default false,
    changed_by     uuid references app_user (id),
    changed_at     timestamptz not null default now()
);
create index booking_change_booking_ix on booking_change (booking_id, changed_at);

create table waitlist_entry (
    id           uuid primary key default gen_random_uuid(),
    client_id    uuid not null references client (id),
    location_id  uuid not null references location (id),
    service_code text not null references service (code),
    day          date not null,
    therapist_id uuid references therapist (id),
    status       text not null default 'WAITING' check (status in ('WAITING', 'BOOKED', 'CANCELLED')),
    booking_id   uuid references booking (id),
    created_by   uuid references app_user (id),
    created_at   timestamptz not null default now(),
    closed_at    timestamptz
);
-- one live entry per client, place, service, day and therapist choice
create unique index waitlist_entry_live_ux on waitlist_entry
    (client_id, location_id, service_code, day, coalesce(therapist_id, '00000000-0000-0000-0000-000000000000'))
    where status = 'WAITING';
create index waitlist_entry_queue_ix on waitlist_entry (location_id, service_code, day, created_at)
    where status = 'WAITING';

-- an offer holds therapist and room for the freed span until it is accepted, declined or expires;
-- open offers never overlap one another, and availability treats them as taken
create table waitlist_offer (
    id           uuid primary key default gen_random_uuid(),
    entry_id     uuid not null references waitlist_entry (id),
    client_id    uuid not null references client (id),
    location_id  uuid not null references location (id),
    service_code text not null references service (code),
    therapist_id uuid not null references therapist (id),
    room_id      uuid not null references room (id),
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    held_until   timestamptz not null,
    held         tstzrange generated always as (tstzrange(starts_at, held_until)) stored,
    expires_at   timestamptz not null,
    status       text not null default 'OPEN'
        check (status in ('OPEN', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN')),
    booking_id   uuid references booking (id),
    created_at   timestamptz not null default now(),
    decided_at   timestamptz,
    check (ends_at > starts_at and held_until >= ends_at),
    constraint waitlist_offer_therapist_free exclude using gist (therapist_id with =, held with &&)
        where (status = 'OPEN'),
    constraint waitlist_offer_room_free exclude using gist (room_id with =, held with &&)
        where (status = 'OPEN')
);
create index waitlist_offer_open_ix on waitlist_offer (expires_at) where status = 'OPEN';
create index waitlist_offer_entry_ix on waitlist_offer (entry_id, starts_at);

-- a therapist's secret calendar feed link (only its SHA-256 digest is kept); revoking sets revoked_at
create table calendar_feed_token (
    id           uuid primary key default gen_random_uuid(),
    therapist_id uuid not null references therapist (id),
    digest       text not null unique,
    created_at   timestamptz not null default now(),
    revoked_at   timestamptz
);
create index calendar_feed_token_therapist_ix on calendar_feed_token (therapist_id) where revoked_at is null;

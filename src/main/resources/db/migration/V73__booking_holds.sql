-- Holds for new clients: one active hold per client. An expired hold still counts here until it is
-- marked CANCELLED (HOLD_EXPIRED); every booking or hold insert marks overdue holds first, in its own
-- transaction, through booking_hold_expiry_ix.
create unique index booking_one_hold_per_client on booking (client_id) where status = 'HELD';

-- A client's account closure (API.md "Interoperability and the client's own record"): when and why it was
-- closed, the day after which the retention job deletes the clinical record, and when it did (the client row
-- itself stays, de-identified, so bookings, invoices and the practice's counts keep their client).
alter table client add column closed_at     timestamptz;
alter table client add column closed_reason text;
alter table client add column purge_after   timestamptz;
alter table client add column purged_at     timestamptz;
alter table client add constraint client_closure_ck
    check ((closed_at is null) = (purge_after is null) and (purged_at is null or closed_at is not null));
create index client_purge_due_ix on client (purge_after) where purged_at is null and closed_at is not null;

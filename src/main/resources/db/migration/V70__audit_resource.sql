-- Audit rows name the record read or changed (API.md: {action, clientId, resource, resourceId, at, actor}).
-- The append-only trigger refuses UPDATE and DELETE only; adding columns keeps every row.
alter table audit_event add column resource text;
alter table audit_event add column resource_id text;
create index audit_event_resource_ix on audit_event (resource, resource_id);

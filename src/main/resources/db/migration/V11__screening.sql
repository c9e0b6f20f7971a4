-- screening: the result of screening each submitted intake (kept as computed, with the rule
-- table's version) and the physician clearances on file. Both are append-only.
create table screening_result (
    intake_id        uuid primary key references intake_response (id),
    client_id        uuid not null references client (id),
    status           text not null check (status in ('CLEARED', 'CLEARANCE_REQUIRED', 'URGENT')),
    flags            jsonb not null,
    restrictions     jsonb not null,
    headache_pattern jsonb not null,
    midas            jsonb not null,
    rules_version    int not null,
    screened_at      timestamptz not null default now()
);
create index screening_result_client_ix on screening_result (client_id);

create table screening_clearance (
    id               uuid primary key default gen_random_uuid(),
    intake_id        uuid not null unique references intake_response (id),
    client_id        uuid not null references client (id),
    cleared_by       text not null,
    cleared_on       date not null,
    note             text,
    recorded_by      text not null,
    recorded_by_user uuid not null references app_user (id),
    recorded_at      timestamptz not null default now()
);
create index screening_clearance_client_ix on screening_clearance (client_id, recorded_at);

create function screening_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;
create trigger screening_result_no_change before update or delete on screening_result
    for each statement execute function screening_is_append_only();
create trigger screening_clearance_no_change before update or delete on screening_clearance
    for each statement execute function screening_is_append_only();

-- intake: submitted intakes (immutable, numbered per client) and one draft per client.
create table intake_response (
    id           uuid primary key default gen_random_uuid(),
    client_id    uuid not null references client (id),
    version      int not null check (version > 0),
    form_version int not null check (form_version > 0),
    submitted_at timestamptz not null default now(),
    submitted_by uuid references app_user (id),
    answers      jsonb not null,
    constraint intake_response_version_uk unique (client_id, version)
);

create function intake_response_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'a submitted intake is immutable: submit a new one';
end $$;
create trigger intake_response_no_change before update or delete on intake_response
    for each statement execute function intake_response_is_immutable();

create table intake_draft (
    client_id uuid primary key references client (id),
    answers   jsonb not null,
    saved_at  timestamptz not null default now(),
    saved_by  uuid references app_user (id)
);

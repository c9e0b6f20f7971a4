-- diary: one headache-diary entry per client per date, and the optional daily reminder hour.
create table diary_entry (
    client_id        uuid not null references client (id),
    entry_date       date not null,
    headache         boolean not null,
    peak_intensity   smallint check (peak_intensity between 0 and 10),
    duration_hours   numeric(5, 2) check (duration_hours between 0 and 72),
    acute_medication text[] not null default '{}',
    triggers         text[] not null default '{}',
    note             text,
    recorded_by      uuid references app_user (id),
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    primary key (client_id, entry_date),
    check (headache or (coalesce(peak_intensity, 0) = 0 and coalesce(duration_hours, 0) = 0)),
    check (not headache or (peak_intensity is not null and duration_hours is not null))
);
create index diary_entry_date_ix on diary_entry (entry_date);

create table diary_reminder (
    client_id  uuid primary key references client (id),
    hour       smallint not null check (hour between 0 and 23),
    updated_at timestamptz not null default now()
);

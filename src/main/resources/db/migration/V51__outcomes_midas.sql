-- outcomes: MIDAS check-ins asked every 3 months without a new intake (they never re-screen).
create table outcome_midas_checkin (
    id          uuid primary key default gen_random_uuid(),
    client_id   uuid not null references client (id),
    q1          smallint not null check (q1 between 0 and 92),
    q2          smallint not null check (q2 between 0 and 92),
    q3          smallint not null check (q3 between 0 and 92),
    q4          smallint not null check (q4 between 0 and 92),
    q5          smallint not null check (q5 between 0 and 92),
    a           smallint not null check (a between 0 and 92),
    b           smallint not null check (b between 0 and 10),
    score       smallint not null check (score = q1 + q2 + q3 + q4 + q5),
    recorded_at timestamptz not null default now(),
    recorded_by uuid references app_user (id)
);
create index outcome_midas_checkin_client_ix on outcome_midas_checkin (client_id, recorded_at);

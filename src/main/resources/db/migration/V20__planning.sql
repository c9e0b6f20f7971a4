-- planning: session plans, every saved version of their blocks, and comments ("ask for changes").
create table plan (
    id               uuid primary key default gen_random_uuid(),
    client_id        uuid not null references client (id),
    service_code     text not null references service (code),
    status           text not null check (status in ('PROPOSED', 'ACCEPTED', 'NEEDS_REVIEW', 'SUPERSEDED')),
    version          int not null check (version >= 1),
    accepted_version int check (accepted_version between 1 and version),
    in_force_version int check (in_force_version = accepted_version),
    review_reasons   text[] not null default '{}',
    created_by       uuid not null references app_user (id),
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    check (status <> 'ACCEPTED' or accepted_version = version),
    check (status <> 'NEEDS_REVIEW' or in_force_version is null)
);
create index plan_client_ix on plan (client_id, created_at desc);

-- one row per saved version: never changed afterwards except for recording its acceptance
create table plan_version (
    plan_id       uuid not null references plan (id),
    version       int not null check (version >= 1),
    total_minutes int not null check (total_minutes > 0),
    intake_id     uuid,
    saved_by      uuid not null references app_user (id),
    saved_at      timestamptz not null default now(),
    accepted_by   uuid references app_user (id),
    accepted_at   timestamptz,
    signature     text,
    primary key (plan_id, version),
    check ((accepted_at is null) = (signature is null))
);

create table plan_block (
    plan_id   uuid not null,
    version   int not null,
    position  int not null check (position >= 1),
    minutes   int not null check (minutes >= 1),
    phase     text not null check (phase in ('ASSESSMENT', 'WARM_UP', 'FOCUSED', 'ADJUNCT', 'CLOSING')),
    area      text,
    technique text not null check (technique in ('KNEADING', 'RUBBING', 'COMPRESSION', 'TRIGGER_POINT',
                                                 'REFLEXOLOGY', 'HOT_STONE', 'STRETCHING', 'CONSULTATION')),
    pressure  int not null check (pressure between 0 and 5),
    rationale text,
    evidence  text[] not null default '{}',
    note      text,
    primary key (plan_id, version, position),
    foreign key (plan_id, version) references plan_version (plan_id, version),
    -- CONSULTATION: no area, pressure 0; hands-on: an area, pressure 1-5 (CLINICAL.md section 7)
    check ((technique = 'CONSULTATION') = (area is null)),
    check ((technique = 'CONSULTATION') = (pressure = 0)),
    -- the front of the neck at pressure 2 or less for everyone (CLINICAL.md section 4)
    check (area is distinct from 'NECK_FRONT' or pressure <= 2)
);

create function plan_block_is_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'plan_block rows are frozen: save a new version instead';
end $$;
create trigger plan_block_no_change before update or delete on plan_block
    for each statement execute function plan_block_is_frozen();

create table plan_comment (
    id          uuid primary key default gen_random_uuid(),
    plan_id     uuid not null references plan (id),
    version     int not null,
    author_id   uuid not null references app_user (id),
    author_name text not null,
    author_role text not null,
    text        text not null check (length(text) between 1 and 2000),
    created_at  timestamptz not null default now()
);
create index plan_comment_plan_ix on plan_comment (plan_id, created_at);

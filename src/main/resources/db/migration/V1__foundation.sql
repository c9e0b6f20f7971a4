-- Foundation: extensions, accounts, practice, clients, audit, HTTP sessions.
create extension if not exists btree_gist;

-- accounts ---------------------------------------------------------------
create table app_user (
    id            uuid primary key default gen_random_uuid(),
    email         text not null,
    password_hash text,
    full_name     text not null,
    role          text not null check (role in ('CLIENT', 'THERAPIST', 'FRONT_DESK', 'ADMIN')),
    enabled       boolean not null default true,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create unique index app_user_email_uk on app_user (lower(email));

create table api_token (
    id           uuid primary key default gen_random_uuid(),
    user_id      uuid not null references app_user (id),
    digest       text not null unique,
    created_at   timestamptz not null default now(),
    revoked_at   timestamptz
);
create index api_token_user_ix on api_token (user_id);

-- failed sign-ins only; keys are 'account:<email>' or 'address:<ip>'
create table login_failure (
    id      bigserial primary key,
    key     text not null,
    at      timestamptz not null default now()
);
create index login_failure_key_at_ix on login_failure (key, at);

create table login_lock (
    key          text primary key,
    locked_until timestamptz not null
);

create table practice (
    id         int primary key default 1 check (id = 1),
    name       text not null,
    address    text not null default '',
    phone      text not null default '',
    email      text not null default '',
    website    text,
    updated_at timestamptz not null default now()
);
insert into practice (name) values ('ReliefDesk practice');

-- clients ----------------------------------------------------------------
create table client (
    id            uuid primary key default gen_random_uuid(),
    user_id       uuid not null unique references app_user (id),
    full_name     text not null,
    email         text not null,
    date_of_birth date not null,
    phone         text,
    created_at    timestamptz not null default now(),
    created_by    uuid references app_user (id),
    updated_at    timestamptz not null default now()
);
create index client_name_ix on client (lower(full_name) text_pattern_ops);
create index client_email_ix on client (lower(email));

-- audit (append-only) ----------------------------------------------------
create table audit_event (
    id         bigserial primary key,
    at         timestamptz not null default now(),
    actor      text,
    actor_role text,
    action     text not null,
    client_id  uuid,
    detail     text,
    address    text
);
create index audit_event_client_ix on audit_event (client_id, at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end $$;
create trigger audit_event_no_change before update or delete on audit_event
    for each statement execute function audit_event_is_append_only();

-- Spring Session (HTTP sessions shared by every instance) -----------------
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

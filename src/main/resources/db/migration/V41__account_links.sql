-- accounts: single-use links for invitations and password resets (stored as digests).
create table account_link (
    id         uuid primary key default gen_random_uuid(),
    user_id    uuid not null references app_user (id),
    purpose    text not null check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    digest     text not null unique,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index account_link_user_ix on account_link (user_id);

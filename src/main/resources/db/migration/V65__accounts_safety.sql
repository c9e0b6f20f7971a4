-- accounts: token labels and last use, two-step verification, preferred language, practice rule,
-- sign-in throttling by (account, address) pair.
alter table api_token add column label text;
alter table api_token add column last_used_at timestamptz;

alter table app_user add column preferred_language text check (preferred_language in ('en', 'es'));
-- the TOTP secret must be readable to verify a code; it is never logged or returned after set-up
alter table app_user add column two_factor_secret text;
alter table app_user add column two_factor_enabled boolean not null default false;

create table two_factor_recovery_code (
    id      bigserial primary key,
    user_id uuid not null references app_user (id),
    digest  text not null,
    used_at timestamptz
);
create index two_factor_recovery_code_user_ix on two_factor_recovery_code (user_id);

alter table practice add column require_two_step_for_staff boolean not null default false;

create index account_link_user_purpose_ix on account_link (user_id, purpose, created_at);

-- locks were per account or per address; now only an (account, address) pair is ever locked
delete from login_lock;

-- charting: one SOAP note per booking; signing locks it; corrections are signed amendments.
create table session_note (
    id               uuid primary key default gen_random_uuid(),
    booking_id       uuid not null unique references booking (id),
    client_id        uuid not null references client (id),
    author_id        uuid not null references app_user (id),
    subjective       text not null,
    objective        text not null,
    assessment       text not null,
    plan             text not null,
    pain_before      smallint not null check (pain_before between 0 and 10),
    pain_after       smallint not null check (pain_after between 0 and 10),
    pressure         smallint check (pressure between 1 and 5),
    techniques_used  jsonb not null default '[]',
    adverse_reaction text,
    version          int not null default 1,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    signed_at        timestamptz,
    signed_by        uuid references app_user (id),
    signed_by_name   text,
    check ((signed_at is null) = (signed_by is null))
);
create index session_note_client_ix on session_note (client_id);
create index session_note_signed_ix on session_note (signed_at) where signed_at is not null;

-- a signed note's content never changes (the application refuses it, and so does this trigger)
create function session_note_locked() returns trigger language plpgsql as $$
begin
    if old.signed_at is not null then
        raise exception 'session_note % is signed and cannot change', old.id;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;
create trigger session_note_no_change_after_signing before update or delete on session_note
    for each row execute function session_note_locked();

create table session_note_amendment (
    id          uuid primary key default gen_random_uuid(),
    note_id     uuid not null references session_note (id),
    text        text not null,
    author_id   uuid not null references app_user (id),
    author_name text not null,
    author_role text not null,
    signed_at   timestamptz not null default now()
);
create index session_note_amendment_note_ix on session_note_amendment (note_id, signed_at);

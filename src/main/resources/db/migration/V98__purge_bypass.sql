-- The retention purge deletes a closed client's clinical record once it is past retention. The append-only
-- and signed-note triggers still refuse every change and every other delete; a DELETE passes only in a
-- transaction that has set reliefdesk.purge = 'on' with set_config(..., true) (transaction-local), which only
-- the purge job does (interop.record.RecordPurge).
create or replace function intake_response_is_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('reliefdesk.purge', true) = 'on' then
        return null;
    end if;
    raise exception 'a submitted intake is immutable: submit a new one';
end $$;

create or replace function screening_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('reliefdesk.purge', true) = 'on' then
        return null;
    end if;
    raise exception '% is append-only', tg_table_name;
end $$;

create or replace function plan_block_is_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('reliefdesk.purge', true) = 'on' then
        return null;
    end if;
    raise exception 'plan_block rows are frozen: save a new version instead';
end $$;

create or replace function session_note_locked() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('reliefdesk.purge', true) = 'on' then
        return old;
    end if;
    if old.signed_at is not null then
        raise exception 'session_note % is signed and cannot change', old.id;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;

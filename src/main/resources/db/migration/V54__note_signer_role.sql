-- the signer's role at signing, like an amendment's author_role (shown as signedBy.role)
alter table session_note add column signed_by_role text
    check (signed_by_role in ('THERAPIST', 'ADMIN', 'FRONT_DESK', 'CLIENT'));

-- notes signed before this column: the signer's current role (the lock trigger is paused for this one fill)
alter table session_note disable trigger session_note_no_change_after_signing;
update session_note n set signed_by_role = u.role from app_user u where u.id = n.signed_by;
alter table session_note enable trigger session_note_no_change_after_signing;

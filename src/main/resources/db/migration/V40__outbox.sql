-- notifications: the email outbox and ShedLock's lock table (jobs run on one instance at a time).
create table outbox_message (
    id          uuid primary key,
    message_id  text not null unique,
    kind        text not null,
    recipient   text not null,
    subject     text not null,
    body        text not null,
    dedupe_key  text unique,
    created_at  timestamptz not null default now(),
    send_after  timestamptz not null default now(),
    attempts    int not null default 0,
    last_error  text,
    failed      boolean not null default false,
    sent_at     timestamptz
);
create index outbox_due_ix on outbox_message (send_after) where sent_at is null and not failed;

create table shedlock (
    name       varchar(64) primary key,
    lock_until timestamptz not null,
    locked_at  timestamptz not null,
    locked_by  varchar(255) not null
);

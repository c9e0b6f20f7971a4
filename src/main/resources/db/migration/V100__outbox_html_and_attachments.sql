-- notifications: each queued message's HTML part, the practice as its sender (display name, Reply-To) and its
-- attachments (an .ics, a receipt); attachments are deleted once the message is sent.
alter table outbox_message add column html text;
alter table outbox_message add column from_name text;
alter table outbox_message add column reply_to text;

create table outbox_attachment (
    message_id   uuid not null references outbox_message (id) on delete cascade,
    position     int not null,
    file_name    text not null,
    content_type text not null,
    content      bytea not null,
    primary key (message_id, position)
);

package org.reliefdesk.notifications;

import java.util.List;
import java.util.UUID;

import org.reliefdesk.notifications.internal.MailSettings;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Queues email in the caller's transaction; {@code OutboxSender} delivers it. */
@Component
public class Outbox {

    private final JdbcClient jdbc;
    private final String domain;

    Outbox(JdbcClient jdbc, MailSettings settings) {
        this.jdbc = jdbc;
        this.domain = settings.messageIdDomain();
    }

    /** Queues the message; returns its id, or null when a message with the same dedupe key exists. */
    public UUID queue(Email email) {
        UUID id = UUID.randomUUID();
        int rows = jdbc.sql("""
                insert into outbox_message (id, message_id, kind, recipient, subject, body, dedupe_key)
                values (:id, :messageId, :kind, :to, :subject, :body, :dedupe)
                on conflict (dedupe_key) do nothing""")
                .param("id", id).param("messageId", "<" + id + "@" + domain + ">")
                .param("kind", email.kind()).param("to", email.to()).param("subject", email.subject())
                .param("body", email.body()).param("dedupe", email.dedupeKey())
                .update();
        return rows == 1 ? id : null;
    }

    /** Messages by state (PENDING, SENT, FAILED), newest first — for admins. */
    public Paged<QueuedMessage> list(String state, PageParams page) {
        String where = switch (state == null ? "" : state) {
            case "SENT" -> " where sent_at is not null";
            case "FAILED" -> " where sent_at is null and failed";
            case "PENDING" -> " where sent_at is null and not failed";
            default -> "";
        };
        long total = jdbc.sql("select count(*) from outbox_message" + where).query(Long.class).single();
        List<QueuedMessage> items = jdbc.sql("""
                select id, message_id, kind, recipient, subject, created_at, attempts, last_error, sent_at, failed,
                       send_after from outbox_message""" + where + " order by created_at desc limit :limit offset :offset")
                .param("limit", page.size()).param("offset", page.offset())
                .query(QueuedMessage.class).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    public record QueuedMessage(UUID id, String messageId, String kind, String recipient, String subject,
            java.time.Instant createdAt, int attempts, String lastError, java.time.Instant sentAt, boolean failed,
            java.time.Instant sendAfter) {
    }
}

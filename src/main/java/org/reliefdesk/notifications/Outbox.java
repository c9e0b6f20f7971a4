package org.reliefdesk.notifications;

import java.util.List;
import java.util.UUID;

import org.reliefdesk.notifications.internal.LetterLayout;
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
    private final LetterLayout layout;
    private final String senderAddress;

    Outbox(JdbcClient jdbc, MailSettings settings, LetterLayout layout) {
        this.jdbc = jdbc;
        this.domain = settings.messageIdDomain();
        this.layout = layout;
        this.senderAddress = settings.address();
    }

    /** Queues the letter as plain text and HTML, from the practice; its id, or null (see {@link #queue(Email)}). */
    public UUID queue(Letter letter) {
        return queue(new Email(letter.kind(), letter.to(), letter.subject(), letter.text(), layout.html(letter),
                letter.from().name(), blankToNull(letter.from().email()), letter.attachments(), letter.dedupeKey()));
    }

    /** The address messages are sent from ({@code reliefdesk.mail.from}), e.g. an invitation's organizer. */
    public String senderAddress() {
        return senderAddress;
    }

    /** Queues the message; returns its id, or null when a message with the same dedupe key exists. */
    public UUID queue(Email email) {
        UUID id = UUID.randomUUID();
        int rows = jdbc.sql("""
                insert into outbox_message (id, message_id, kind, recipient, subject, body, html, from_name, reply_to,
                    dedupe_key)
                values (:id, :messageId, :kind, :to, :subject, :body, :html, :fromName, :replyTo, :dedupe)
                on conflict (dedupe_key) do nothing""")
                .param("id", id).param("messageId", "<" + id + "@" + domain + ">")
                .param("kind", email.kind()).param("to", email.to()).param("subject", email.subject())
                .param("body", email.body()).param("html", email.html()).param("fromName", email.fromName())
                .param("replyTo", email.replyTo()).param("dedupe", email.dedupeKey())
                .update();
        if (rows != 1) {
            return null;
        }
        for (int i = 0; i < email.attachments().size(); i++) {
            Email.Attachment file = email.attachments().get(i);
            jdbc.sql("""
                    insert into outbox_attachment (message_id, position, file_name, content_type, content)
                    values (:id, :position, :name, :type, :content)""")
                    .param("id", id).param("position", i).param("name", file.fileName())
                    .param("type", file.contentType()).param("content", file.content()).update();
        }
        return id;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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

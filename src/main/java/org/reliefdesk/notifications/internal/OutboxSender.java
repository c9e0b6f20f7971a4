package org.reliefdesk.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.reliefdesk.notifications.Email.Attachment;
import org.reliefdesk.notifications.internal.MailTransport.QueuedEmail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due messages. Only one instance runs it at a time (ShedLock in PostgreSQL); a message is
 * marked sent right after delivery, failures are retried with back-off and, after the last
 * attempt, left FAILED for an admin to see. A sent message's attachments are deleted (the text stays).
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private final JdbcClient jdbc;
    private final MailTransport transport;
    private final MailSettings settings;
    private final Clock clock;

    OutboxSender(JdbcClient jdbc, MailTransport transport, MailSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${reliefdesk.mail.poll:5s}", initialDelayString = "${reliefdesk.mail.poll:5s}")
    @SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT10M")
    void sendDue() {
        List<QueuedEmail> due = jdbc.sql("""
                select id, message_id, recipient, subject, body, html, from_name, reply_to, attempts from outbox_message
                where sent_at is null and not failed and send_after <= :now order by created_at limit 100""")
                .param("now", Timestamp.from(clock.instant())).query(QueuedEmail.class).list();
        due.forEach(this::send);
    }

    private List<Attachment> attachments(UUID id) {
        return jdbc.sql("""
                select file_name, content_type, content from outbox_attachment where message_id = :id order by position""")
                .param("id", id).query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .list();
    }

    private void send(QueuedEmail email) {
        int attempt = email.attempts() + 1;
        try {
            transport.deliver(email, attachments(email.id()));
            jdbc.sql("update outbox_message set sent_at = now(), attempts = :a, last_error = null where id = :id")
                    .param("a", attempt).param("id", email.id()).update();
            jdbc.sql("delete from outbox_attachment where message_id = :id").param("id", email.id()).update();
        } catch (Exception e) {
            boolean failed = attempt >= settings.maxAttempts();
            log.warn("Email {} not sent (attempt {}{}): {}", email.messageId(), attempt, failed ? ", giving up" : "",
                    e.getMessage());
            jdbc.sql("""
                    update outbox_message set attempts = :a, last_error = :error, failed = :failed,
                        send_after = :next where id = :id""")
                    .param("a", attempt).param("error", String.valueOf(e.getMessage())).param("failed", failed)
                    .param("next", Timestamp.from(clock.instant().plus(settings.backoff(attempt))))
                    .param("id", email.id()).update();
        }
    }
}

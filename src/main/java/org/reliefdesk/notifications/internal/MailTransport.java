package org.reliefdesk.notifications.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivers one message: over SMTP when {@code spring.mail.host} is set, else as an .eml file in
 * {@code reliefdesk.mail.outbox-dir} (development). The Message-ID is ours and never changes.
 */
@Component
class MailTransport {

    private final ObjectProvider<JavaMailSender> smtp;
    private final MailSettings settings;
    /** Only for building messages (sending uses the configured sender); making one reads resources each time. */
    private final Session session = Session.getInstance(new Properties());

    MailTransport(ObjectProvider<JavaMailSender> smtp, MailSettings settings) {
        this.smtp = smtp;
        this.settings = settings;
    }

    void deliver(QueuedEmail email) throws MessagingException, IOException {
        JavaMailSender sender = smtp.getIfAvailable();
        MimeMessage message = new FixedIdMessage(session, email.messageId());
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(email.recipient()));
        message.setSubject(email.subject(), "UTF-8");
        message.setText(email.body(), "UTF-8");
        message.setSentDate(new Date());
        message.saveChanges();
        if (sender != null) {
            sender.send(message);
            return;
        }
        Files.createDirectories(settings.outboxDir());
        try (OutputStream out = Files.newOutputStream(settings.outboxDir().resolve(email.id() + ".eml"))) {
            message.writeTo(out);
        }
    }

    /** Keeps our Message-ID instead of the one JavaMail would generate on saveChanges(). */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    record QueuedEmail(java.util.UUID id, String messageId, String recipient, String subject, String body,
            int attempts) {
    }
}

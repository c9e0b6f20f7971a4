package org.reliefdesk.notifications.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.reliefdesk.notifications.Email.Attachment;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivers one message: over SMTP when {@code spring.mail.host} is set, else as an .eml file in
 * {@code reliefdesk.mail.outbox-dir} (development). The Message-ID is ours and never changes. A message with
 * HTML is multipart/alternative (text, then HTML), inside multipart/mixed when files are attached. It comes
 * from the configured address under the practice's name, with the practice's Reply-To.
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

    void deliver(QueuedEmail email, List<Attachment> attachments) throws MessagingException, IOException {
        JavaMailSender sender = smtp.getIfAvailable();
        MimeMessage message = new FixedIdMessage(session, email.messageId());
        message.setFrom(from(email.fromName()));
        if (email.replyTo() != null) {
            message.setReplyTo(InternetAddress.parse(email.replyTo()));
        }
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(email.recipient()));
        message.setSubject(email.subject(), "UTF-8");
        content(message, email, attachments);
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

    private InternetAddress from(String name) throws MessagingException, IOException {
        if (name == null || name.isBlank()) {
            return new InternetAddress(settings.from());
        }
        return new InternetAddress(settings.address(), name.strip(), "UTF-8");
    }

    private static void content(MimeMessage message, QueuedEmail email, List<Attachment> attachments)
            throws MessagingException {
        if (email.html() == null && attachments.isEmpty()) {
            message.setText(email.body(), "UTF-8");
            return;
        }
        MimeMultipart body = new MimeMultipart("alternative");
        body.addBodyPart(text(email.body(), "plain"));
        if (email.html() != null) {
            body.addBodyPart(text(email.html(), "html"));
        }
        if (attachments.isEmpty()) {
            message.setContent(body);
            return;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart wrapper = new MimeBodyPart();
        wrapper.setContent(body);
        mixed.addBodyPart(wrapper);
        for (Attachment file : attachments) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
            part.setFileName(file.fileName());
            part.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        message.setContent(mixed);
    }

    private static MimeBodyPart text(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8", subtype);
        return part;
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
            String html, String fromName, String replyTo, int attempts) {
    }
}

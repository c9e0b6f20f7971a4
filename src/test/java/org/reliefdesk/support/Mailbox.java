package org.reliefdesk.support;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads what the application sent to the test run's SMTP server. */
public final class Mailbox {

    private Mailbox() {
    }

    /** All messages received for this address so far. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(m -> isFor(m, address)).toList();
    }

    /** Waits until at least {@code count} messages for this address arrived, then returns them all. */
    public static List<MimeMessage> await(String address, int count) {
        return Awaitility.await("at least " + count + " message(s) for " + address).atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100)).until(() -> to(address), messages -> messages.size() >= count);
    }

    /**
     * Waits until the outbox holds nothing unsent for this address, then returns what arrived: a message that
     * should not exist (a duplicate, one too many) would have been sent by then, so its absence means something.
     */
    public static List<MimeMessage> afterOutboxDrained(JdbcClient jdbc, String address) {
        Awaitility.await("the outbox drained for " + address).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> jdbc.sql(
                        "select count(*) from outbox_message where lower(recipient) = lower(:to) and sent_at is null")
                        .param("to", address).query(Long.class).single() == 0);
        return to(address);
    }

    /** The plain-text part, decoded (the whole body of a text-only message). */
    public static String body(MimeMessage message) {
        String text = part(message, "text/plain");
        return text != null ? text : GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    /** The HTML part, decoded, or null. */
    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /** The attached files (parts with a file name), in order. */
    public static List<MimeBodyPart> attachments(MimeMessage message) {
        List<MimeBodyPart> files = new ArrayList<>();
        try {
            collect(message.getContent(), part -> {
                if (part.getFileName() != null) {
                    files.add(part);
                }
            });
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static String part(MimeMessage message, String type) {
        try {
            if (message.isMimeType(type)) {
                return (String) message.getContent();
            }
            String[] found = new String[1];
            collect(message.getContent(), part -> {
                if (found[0] == null && part.getFileName() == null && part.isMimeType(type)) {
                    found[0] = (String) part.getContent();
                }
            });
            return found[0];
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface PartVisitor {
        void visit(MimeBodyPart part) throws IOException, MessagingException;
    }

    private static void collect(Object content, PartVisitor visitor) throws IOException, MessagingException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                MimeBodyPart part = (MimeBodyPart) multipart.getBodyPart(i);
                if (part.getContent() instanceof Multipart nested) {
                    collect(nested, visitor);
                } else {
                    visitor.visit(part);
                }
            }
        }
    }

    /** The first link in the message whose path starts with {@code path}, e.g. /invitation. */
    public static String token(MimeMessage message, String path) {
        Matcher m = Pattern.compile(Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)").matcher(body(message));
        if (!m.find()) {
            throw new AssertionError("no " + path + " link in: " + body(message));
        }
        return m.group(1);
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}

package org.reliefdesk.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
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

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
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

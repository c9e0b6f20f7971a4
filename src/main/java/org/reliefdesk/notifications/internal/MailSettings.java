package org.reliefdesk.notifications.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reliefdesk.mail.*}: the sender address, where development mail goes when no SMTP host
 * is configured ({@code spring.mail.host}), the retry policy, and the domain of each message's
 * {@code Message-ID}.
 */
@ConfigurationProperties("reliefdesk.mail")
public record MailSettings(String from, Path outboxDir, Integer maxAttempts, Duration firstRetry,
        String messageIdDomain) {

    public MailSettings {
        from = from == null || from.isBlank() ? "ReliefDesk <no-reply@reliefdesk.local>" : from;
        outboxDir = outboxDir == null ? Path.of("data", "outbox") : outboxDir;
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        messageIdDomain = messageIdDomain == null ? "reliefdesk.local" : messageIdDomain;
    }

    /** The bare address of {@code from} ("no-reply@reliefdesk.local"), whatever display name it carries. */
    public String address() {
        try {
            return new jakarta.mail.internet.InternetAddress(from).getAddress();
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException("reliefdesk.mail.from is not an email address: " + from, e);
        }
    }

    /** 1, 2, 4, 8 … minutes after each failed attempt, at most an hour. */
    Duration backoff(int attempts) {
        long factor = 1L << Math.min(attempts - 1, 16);
        Duration delay = firstRetry.multipliedBy(factor);
        return delay.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : delay;
    }
}

package org.reliefdesk.notifications;

import java.util.List;

/**
 * One message to queue. {@code kind} says what it is (BOOKING_CONFIRMED, REMINDER, INVITATION…);
 * {@code body} is the plain text, {@code html} the same in the shared layout (null: text only);
 * {@code fromName} is the sender's display name (the practice; null: the configured sender as it is),
 * {@code replyTo} where replies go (the practice's email; null: none). {@code dedupeKey}, when given, makes
 * queuing idempotent (a second message with the same key is dropped), e.g. {@code reminder:<bookingId>:<start>}.
 */
public record Email(String kind, String to, String subject, String body, String html, String fromName,
        String replyTo, List<Attachment> attachments, String dedupeKey) {

    public Email {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A text-only message. */
    public Email(String kind, String to, String subject, String body, String dedupeKey) {
        this(kind, to, subject, body, null, null, null, List.of(), dedupeKey);
    }

    public static Email of(String kind, String to, String subject, String body) {
        return new Email(kind, to, subject, body, null);
    }

    /** A file sent with the message, e.g. {@code session.ics} as {@code text/calendar; method=REQUEST}. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}

package org.reliefdesk.notifications;

/**
 * One message to queue. {@code kind} says what it is (BOOKING_CONFIRMED, REMINDER, INVITATION…);
 * {@code dedupeKey}, when given, makes queuing idempotent (a second message with the same key is
 * dropped), e.g. {@code reminder:<bookingId>:<start>}.
 */
public record Email(String kind, String to, String subject, String body, String dedupeKey) {

    public static Email of(String kind, String to, String subject, String body) {
        return new Email(kind, to, subject, body, null);
    }
}

package org.reliefdesk.scheduling.notices;

import java.time.ZonedDateTime;

/**
 * What a booking message is about: the session (times in the location's zone) and the practice and place behind it.
 * {@link BookingEmails} words them in the client's language — nothing about the client's health (the service is
 * named by its catalogue name unless that holds a withheld word).
 */
public final class BookingLetters {

    private BookingLetters() {
    }

    /** One session as a message shows it (times already in the location's zone). */
    public record Session(String service, ZonedDateTime start, ZonedDateTime end, String therapist) {
    }

    /** Where sessions happen and the practice behind the message. */
    public record Sender(String place, String address, int lateCancelHours, String practiceName, String practiceAddress,
            String phone, String baseUrl) {

        String placeLine() {
            String where = address == null || address.isBlank() ? practiceAddress : address;
            return where == null || where.isBlank() ? place : place + ", " + where.strip();
        }
    }
}

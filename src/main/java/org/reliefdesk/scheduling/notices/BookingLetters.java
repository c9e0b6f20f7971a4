package org.reliefdesk.scheduling.notices;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A session and its place as booking messages and pages show them (the emails themselves are
 * {@link BookingEmails}, in the client's language): the date, the time in the location's zone, the
 * place, the therapist and the cancellation policy — nothing about the client's health (the service
 * is named by its catalogue name unless that holds a withheld word).
 */
public final class BookingLetters {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

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

    public static String block(Session s, Sender sender) {
        return "Service:   " + s.service() + "\nDate:      " + DATE.format(s.start()) + "\nTime:      " + times(s)
                + "\nPlace:     " + sender.placeLine() + "\nTherapist: " + s.therapist();
    }

    /** "10:00 to 11:00 (EST, America/New_York)". */
    static String times(Session s) {
        return TIME.format(s.start()) + " to " + TIME.format(s.end()) + " (" + ZONE.format(s.start()) + ", "
                + s.start().getZone().getId() + ")";
    }
}

package org.reliefdesk.scheduling.notices;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.reliefdesk.notifications.Email;

/**
 * The text of every booking message. Each carries the date, the time in the location's zone, the
 * place, the therapist and the cancellation policy in plain words — and nothing about the
 * client's health (no screening, intake or plan content; the service is named by its catalogue
 * name unless that holds a withheld word).
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
            String phone, String baseUrl, String fees) {

        /** A sender whose location charges no fee. */
        public Sender(String place, String address, int lateCancelHours, String practiceName, String practiceAddress,
                String phone, String baseUrl) {
            this(place, address, lateCancelHours, practiceName, practiceAddress, phone, baseUrl, "");
        }

        /** The cancellation policy in plain words, with what it costs when the location charges a fee. */
        public String policy() {
            return Policy.sentence(lateCancelHours, phone, fees);
        }

        String placeLine() {
            String where = address == null || address.isBlank() ? practiceAddress : address;
            return where == null || where.isBlank() ? place : place + ", " + where.strip();
        }
    }

    static Email confirmed(String to, String firstName, Session session, Sender sender) {
        return Email.of("BOOKING_CONFIRMED", to, "Booked: " + when(session), letter(firstName,
                "Your session is booked.\n\n" + block(session, sender), sender));
    }

    static Email changed(String to, String firstName, ZonedDateTime was, Session session, Sender sender) {
        return Email.of("BOOKING_CHANGED", to, "Moved: your session is now " + when(session), letter(firstName,
                "Your session has moved. It was on " + DATE.format(was) + " at " + TIME.format(was)
                        + "; it is now:\n\n" + block(session, sender), sender));
    }

    static Email cancelled(String to, String firstName, Session session, boolean late, Sender sender) {
        String note = late ? "\n\nIt was cancelled within " + Policy.window(sender.lateCancelHours())
                + " of the start, so it is recorded as a late cancellation." : "";
        return Email.of("BOOKING_CANCELLED", to, "Cancelled: your session on " + when(session), letter(firstName,
                "Your session is cancelled:\n\n" + block(session, sender) + note
                        + "\n\nTo book another time: " + sender.baseUrl() + "/book", sender));
    }

    static Email reminder(String to, String firstName, Session session, Sender sender, String dedupeKey) {
        return new Email("REMINDER", to, "Reminder: your session on " + when(session), letter(firstName,
                "A reminder of your coming session:\n\n" + block(session, sender), sender), dedupeKey);
    }

    static Email course(String to, String firstName, List<Session> sessions, Sender sender) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            list.append(i + 1).append(". ").append(DATE.format(s.start())).append(", ").append(times(s))
                    .append(", with ").append(s.therapist()).append('\n');
        }
        Session first = sessions.get(0);
        return Email.of("COURSE_CONFIRMED", to, "Booked: your course of " + sessions.size() + " sessions from "
                + SHORT_DATE.format(first.start()), letter(firstName, "Your course of " + sessions.size()
                        + " sessions is booked.\n\nService:   " + first.service() + "\nPlace:     "
                        + sender.placeLine() + "\n\n" + list.toString().stripTrailing(), sender));
    }

    static Email offer(String to, String firstName, Session session, ZonedDateTime holdUntil, String link,
            Sender sender) {
        return Email.of("WAITLIST_OFFER", to, "A time is free on " + when(session), letter(firstName,
                "A time has become free on the day you are waiting for. We are holding it for you until "
                        + DATE.format(holdUntil) + " at " + TIME.format(holdUntil) + ":\n\n" + block(session, sender)
                        + "\n\nTo take it, open " + link + "\nIf you cannot come, you can let it go on the same page,"
                        + " and it will be offered to the next person waiting.", sender));
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

    private static String when(Session s) {
        return SHORT_DATE.format(s.start()) + " at " + TIME.format(s.start());
    }

    private static String letter(String firstName, String content, Sender sender) {
        StringBuilder signature = new StringBuilder(sender.practiceName());
        if (sender.practiceAddress() != null && !sender.practiceAddress().isBlank()) {
            signature.append('\n').append(sender.practiceAddress().strip());
        }
        if (sender.phone() != null && !sender.phone().isBlank()) {
            signature.append('\n').append(sender.phone().strip());
        }
        return "Hello " + firstName + ",\n\n" + content + "\n\n" + sender.policy()
                + "\n\nYour sessions: " + sender.baseUrl() + "/sessions\n\n" + signature + "\n";
    }
}

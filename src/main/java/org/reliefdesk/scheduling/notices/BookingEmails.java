package org.reliefdesk.scheduling.notices;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.reliefdesk.notifications.Letter;
import org.reliefdesk.notifications.Letter.Fact;
import org.reliefdesk.scheduling.notices.BookingLetters.Session;
import org.springframework.context.MessageSource;

/**
 * The booking emails in the client's language: the date, the time in the location's zone, the place, the
 * therapist and the cancellation policy — and nothing about the client's health. Confirmations and moves carry
 * the session's calendar file (REQUEST), cancellations a CANCEL, a course one file with every session.
 */
final class BookingEmails {

    private final MessageSource messages;

    BookingEmails(MessageSource messages) {
        this.messages = messages;
    }

    /** Who a message goes to. */
    record Recipient(String email, String firstName, String fullName, Locale locale) {
    }

    /** A session and what identifies it in calendars: its booking and how often it has moved. */
    record Booked(UUID bookingId, Session session, int moves) {
    }

    Letter confirmed(Recipient to, Booked booked, Venue venue) {
        Letter.Words w = words(to);
        return start("BOOKING_CONFIRMED", to, venue).subject(w.text("mail.booking.confirmed.subject", when(w, booked.session())))
                .paragraph(w.text("mail.booking.confirmed.lead")).facts(facts(w, booked.session(), venue))
                .paragraph(w.text("mail.booking.confirmed.calendar"))
                .attach(Invitations.request(event(w, booked, booked.moves(), venue), people(to, venue)))
                .button(w.text("mail.sessions"), venue.sender().baseUrl() + "/sessions")
                .note(policy(w, venue)).build();
    }

    Letter moved(Recipient to, ZonedDateTime was, Booked booked, Venue venue) {
        Letter.Words w = words(to);
        return start("BOOKING_CHANGED", to, venue).subject(w.text("mail.booking.moved.subject", when(w, booked.session())))
                .paragraph(w.text("mail.booking.moved.lead", w.format(was, "format.weekdayDateLong"),
                        w.format(was, "format.time")))
                .facts(facts(w, booked.session(), venue)).paragraph(w.text("mail.booking.moved.calendar"))
                .attach(Invitations.request(event(w, booked, booked.moves(), venue), people(to, venue)))
                .button(w.text("mail.sessions"), venue.sender().baseUrl() + "/sessions")
                .note(policy(w, venue)).build();
    }

    Letter cancelled(Recipient to, Booked booked, boolean late, Venue venue) {
        Letter.Words w = words(to);
        Letter.Builder letter = start("BOOKING_CANCELLED", to, venue)
                .subject(w.text("mail.booking.cancelled.subject", when(w, booked.session())))
                .paragraph(w.text("mail.booking.cancelled.lead")).facts(facts(w, booked.session(), venue));
        if (late) {
            letter.paragraph(w.text("mail.booking.cancelled.late",
                    new PolicyWords(messages, w.locale()).window(venue.sender().lateCancelHours())));
        }
        return letter.paragraph(w.text("mail.booking.cancelled.calendar"))
                .attach(Invitations.cancel(event(w, booked, booked.moves() + 1, venue), people(to, venue)))
                .button(w.text("mail.booking.cancelled.rebook"), venue.sender().baseUrl() + "/book")
                .note(policy(w, venue)).build();
    }

    Letter reminder(Recipient to, Session session, Venue venue, String dedupeKey) {
        Letter.Words w = words(to);
        return start("REMINDER", to, venue).subject(w.text("mail.booking.reminder.subject", when(w, session)))
                .paragraph(w.text("mail.booking.reminder.lead")).facts(facts(w, session, venue))
                .button(w.text("mail.sessions"), venue.sender().baseUrl() + "/sessions")
                .note(policy(w, venue)).dedupeKey(dedupeKey).build();
    }

    Letter course(Recipient to, List<Booked> sessions, Venue venue) {
        Letter.Words w = words(to);
        Session first = sessions.get(0).session();
        List<String> items = sessions.stream().map(Booked::session).map(s -> w.text("mail.booking.course.item",
                w.format(s.start(), "format.weekdayDateLong"), times(w, s), s.therapist())).toList();
        return start("COURSE_CONFIRMED", to, venue)
                .subject(w.text("mail.booking.course.subject", sessions.size(), w.format(first.start(), "format.weekdayDate")))
                .paragraph(w.text("mail.booking.course.lead", sessions.size()))
                .facts(List.of(new Fact(w.text("mail.fact.service"), first.service()),
                        new Fact(w.text("mail.fact.place"), venue.sender().placeLine())))
                .items(items).paragraph(w.text("mail.booking.course.calendar"))
                .attach(Invitations.publish(sessions.stream().map(b -> event(w, b, b.moves(), venue)).toList(),
                        people(to, venue)))
                .button(w.text("mail.sessions"), venue.sender().baseUrl() + "/sessions")
                .note(policy(w, venue)).build();
    }

    Letter offer(Recipient to, Session session, ZonedDateTime holdUntil, String link, Venue venue) {
        Letter.Words w = words(to);
        return start("WAITLIST_OFFER", to, venue).subject(w.text("mail.booking.offer.subject", when(w, session)))
                .paragraph(w.text("mail.booking.offer.lead", w.format(holdUntil, "format.weekdayDateLong"),
                        w.format(holdUntil, "format.time")))
                .facts(facts(w, session, venue)).button(w.text("mail.booking.offer.take"), link)
                .paragraph(w.text("mail.booking.offer.letGo")).note(policy(w, venue)).build();
    }

    /** The policy as small print: what the pages say, named, with the location's fees. */
    private static String policy(Letter.Words w, Venue venue) {
        return new PolicyWords(w.messages(), w.locale()).note(venue);
    }

    private Letter.Builder start(String kind, Recipient to, Venue venue) {
        return Letter.builder(kind, to.email(), to.locale(), venue.letterhead())
                .greeting(words(to).text("mail.greeting", to.firstName()));
    }

    private Letter.Words words(Recipient to) {
        return new Letter.Words(messages, to.locale());
    }

    private static List<Fact> facts(Letter.Words w, Session s, Venue venue) {
        return List.of(new Fact(w.text("mail.fact.service"), s.service()),
                new Fact(w.text("mail.fact.date"), w.format(s.start(), "format.weekdayDateLong")),
                new Fact(w.text("mail.fact.time"), times(w, s)),
                new Fact(w.text("mail.fact.place"), venue.sender().placeLine()),
                new Fact(w.text("mail.fact.therapist"), s.therapist()));
    }

    /** "10:00 AM to 11:00 AM (Eastern Standard Time)". */
    static String times(Letter.Words w, Session s) {
        String zone = java.time.format.DateTimeFormatter.ofPattern("zzzz", w.locale()).format(s.start());
        return w.text("mail.times", w.format(s.start(), "format.time"), w.format(s.end(), "format.time"), zone);
    }

    private static String when(Letter.Words w, Session s) {
        return w.text("mail.when", w.format(s.start(), "format.weekdayDate"), w.format(s.start(), "format.time"));
    }

    private static Invitations.Event event(Letter.Words w, Booked booked, int sequence, Venue venue) {
        Session s = booked.session();
        return new Invitations.Event(booked.bookingId(), s.start(), s.end(),
                w.text("mail.calendar.summary", s.service(), s.therapist()), venue.sender().placeLine(),
                policy(w, venue), sequence);
    }

    private static Invitations.People people(Recipient to, Venue venue) {
        String organizer = venue.letterhead().email();
        return new Invitations.People(venue.letterhead().name(),
                organizer == null || organizer.isBlank() ? venue.organizer() : organizer.strip(), to.fullName(), to.email());
    }
}

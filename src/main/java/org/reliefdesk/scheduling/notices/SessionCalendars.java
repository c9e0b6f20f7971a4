package org.reliefdesk.scheduling.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.booking.BookingChanges;
import org.reliefdesk.scheduling.practice.Therapists;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The iCalendar text of a therapist's feed and of one session for a client's own calendar. Events name the
 * service, the room and the client's first name only; a client's session adds the place and the policy.
 */
@Component
public class SessionCalendars {

    public static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    /** The feed covers the last 30 days and the next year. */
    static final Duration PAST = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(366);
    private final Therapists therapists;
    private final Bookings bookings;
    private final BookingChanges changes;
    private final ServiceLabels labels;
    private final BookingMail mail;
    private final Clock clock;
    private final MessageSource messages;

    SessionCalendars(Therapists therapists, Bookings bookings, BookingChanges changes, ServiceLabels labels,
            BookingMail mail, Clock clock, MessageSource messages) {
        this.therapists = therapists;
        this.bookings = bookings;
        this.changes = changes;
        this.labels = labels;
        this.mail = mail;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * The therapist's sessions (not cancelled, not a hold: checked-in and completed ones stay) from 30 days ago
     * to a year ahead; an unknown therapist is a 404.
     */
    String therapistCalendar(UUID therapistId) {
        therapists.get(therapistId);
        Instant now = clock.instant();
        List<Booking> held = bookings.all(new Bookings.Filter(now.minus(PAST), now.plus(AHEAD), null, therapistId,
                null, null)).stream().filter(b -> b.status() != BookingStatus.CANCELLED && b.status() != BookingStatus.HELD).toList();
        return Ics.calendar(held.stream().map(b -> new Ics.Event(b, labels.of(b.serviceCode()) + " · "
                + firstName(b.clientName()), b.roomName(), null)).toList());
    }

    /**
     * One session for the client's own calendar: service, therapist, place and the cancellation policy, in the
     * reader's language and worded as the emailed calendar file.
     */
    public String bookingCalendar(UUID id, ReliefDeskUser user) {
        Booking b = changes.visible(id, user);
        Venue venue = mail.venue(b.locationId());
        Locale locale = LocaleContextHolder.getLocale();
        String policy = new PolicyWords(messages, locale).note(venue);
        String summary = messages.getMessage("mail.calendar.summary",
                new Object[] {labels.of(b.serviceCode(), locale), b.therapistName()}, locale);
        return Ics.calendar(List.of(new Ics.Event(b, summary, venue.sender().placeLine(), policy)));
    }

    static String firstName(String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}

package org.reliefdesk.scheduling.notices;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.reliefdesk.notifications.Email.Attachment;

/**
 * The calendar file mailed with a booking (RFC 5546): METHOD:REQUEST for a booking and each move, CANCEL for a
 * cancellation, PUBLISH for a course's sessions. The UID is the booking's, as in the calendar feed
 * ({@link Ics#uid}); SEQUENCE counts the booking's moves (a cancellation one more); times carry the location's
 * TZID with its VTIMEZONE. The practice is the organizer, the client the one attendee (no reply asked for).
 */
final class Invitations {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private Invitations() {
    }

    /** One session of the file. */
    record Event(UUID bookingId, ZonedDateTime start, ZonedDateTime end, String summary, String where,
            String description, int sequence) {
    }

    /** Who sends and who receives. */
    record People(String organizerName, String organizerEmail, String attendeeName, String attendeeEmail) {
    }

    static Attachment request(Event event, People people) {
        return attachment("session.ics", ImmutableMethod.REQUEST, List.of(event), people, false);
    }

    static Attachment cancel(Event event, People people) {
        return attachment("session.ics", ImmutableMethod.CANCEL, List.of(event), people, true);
    }

    static Attachment publish(List<Event> events, People people) {
        return attachment("sessions.ics", ImmutableMethod.PUBLISH, events, people, false);
    }

    private static Attachment attachment(String name, Method method, List<Event> events, People people,
            boolean cancelled) {
        Calendar calendar = new Calendar().withProdId(Ics.PRODUCT).withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN).withProperty(method).getFluentTarget();
        events.stream().map(e -> e.start().getZone().getId()).distinct()
                .forEach(zone -> calendar.add(ZONES.getTimeZone(zone).getVTimeZone()));
        events.forEach(event -> calendar.add(vevent(event, people, cancelled)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("Could not write the calendar file", e);
        }
        return new Attachment(name, "text/calendar; charset=UTF-8; method=" + method.getValue(),
                out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static VEvent vevent(Event event, People people, boolean cancelled) {
        VEvent vevent = new VEvent(event.start(), event.end(), event.summary());
        vevent.add(Ics.uid(event.bookingId()));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new Location(event.where()));
        vevent.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        Organizer organizer = new Organizer(URI.create("mailto:" + people.organizerEmail()));
        organizer.add(new Cn(people.organizerName()));
        vevent.add(organizer);
        Attendee attendee = new Attendee(URI.create("mailto:" + people.attendeeEmail()));
        attendee.add(new Cn(people.attendeeName()));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(cancelled ? PartStat.DECLINED : PartStat.ACCEPTED);
        attendee.add(Rsvp.FALSE);
        vevent.add(attendee);
        return vevent;
    }
}

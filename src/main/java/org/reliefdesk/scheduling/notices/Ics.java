package org.reliefdesk.scheduling.notices;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.reliefdesk.scheduling.Booking;

/** iCalendar (RFC 5545) text through ical4j: a therapist's feed and a client's one-session download. */
final class Ics {

    static final String PRODUCT = "-//ReliefDesk//Scheduling//EN";

    private Ics() {
    }

    /** What one event shows: a session's id and times, a summary, a location line and (optionally) a description. */
    record Event(UUID id, Instant start, Instant end, String summary, String where, String description) {

        Event(Booking booking, String summary, String where, String description) {
            this(booking.id(), booking.start(), booking.end(), summary, where, description);
        }
    }

    static String calendar(List<Event> events) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN).withProperty(ImmutableMethod.PUBLISH).getFluentTarget();
        for (Event event : events) {
            calendar.add(vevent(event));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("Could not write the calendar", e);
        }
        return out.toString();
    }

    /** A session's UID, the same in the feed, the download and the emailed invitations. */
    static Uid uid(UUID bookingId) {
        return new Uid(bookingId + "@reliefdesk");
    }

    private static VEvent vevent(Event event) {
        VEvent vevent = new VEvent(event.start(), event.end(), event.summary());
        vevent.add(uid(event.id()));
        vevent.add(new net.fortuna.ical4j.model.property.Location(event.where()));
        vevent.add(ImmutableStatus.VEVENT_CONFIRMED);
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        return vevent;
    }
}

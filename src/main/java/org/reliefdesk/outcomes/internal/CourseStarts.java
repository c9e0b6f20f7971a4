package org.reliefdesk.outcomes.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.Bookings;
import org.springframework.stereotype.Component;

/**
 * A client's attended sessions (bookings that have started, not cancelled or no-show): the first
 * one is the default course start; all of them are marked on the charts. Dates are the
 * session's local date at its location.
 */
@Component
class CourseStarts {

    private final Bookings bookings;
    private final Clock clock;

    CourseStarts(Bookings bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    /** The date of the first attended session, or null when there is none yet. */
    LocalDate firstAttendedSession(UUID clientId) {
        List<LocalDate> sessions = attendedSessions(clientId);
        return sessions.isEmpty() ? null : sessions.get(0);
    }

    /** Dates of attended sessions, oldest first. */
    List<LocalDate> attendedSessions(UUID clientId) {
        return bookings.attended(clientId, clock.instant()).stream().map(Booking::localStart)
                .map(start -> start.toLocalDate()).toList();
    }
}

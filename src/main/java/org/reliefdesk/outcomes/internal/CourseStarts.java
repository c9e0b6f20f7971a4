package org.reliefdesk.outcomes.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * A client's attended sessions (past bookings, not cancelled or no-show): the first one is the
 * default course start; all of them are marked on the charts.
 */
@Component
class CourseStarts {

    /** The date of the first attended session, or null when there is none yet. */
    LocalDate firstAttendedSession(UUID clientId) {
        List<LocalDate> sessions = attendedSessions(clientId);
        return sessions.isEmpty() ? null : sessions.get(0);
    }

    /** Dates of attended sessions, oldest first. */
    List<LocalDate> attendedSessions(UUID clientId) {
        // TODO(scheduling): read past, attended bookings once the booking module is on main.
        return List.of();
    }
}

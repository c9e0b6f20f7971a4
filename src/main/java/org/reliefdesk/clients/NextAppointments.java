package org.reliefdesk.clients;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Each client's next appointment (held, booked or arrived, starting after now), for the staff search and the quick
 * view. Implemented by scheduling, so that clients does not depend on it; one query for all the ids given.
 */
public interface NextAppointments {

    /** The clients that have one; a client with no appointment ahead is absent. */
    Map<UUID, NextAppointment> of(Collection<UUID> clientIds);

    /** Its start in the location's time zone, and who gives it. */
    record NextAppointment(UUID bookingId, OffsetDateTime start, String therapistName) {
    }
}

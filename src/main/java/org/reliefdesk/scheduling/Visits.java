package org.reliefdesk.scheduling;

import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;

/** Other modules' way to end a visit (checkout completes it) without reaching into the booking internals. */
public interface Visits {

    /** The booking, if this user may see it (a client only their own; otherwise a 404). */
    Booking visible(UUID bookingId, ReliefDeskUser user);

    /**
     * Marks the visit COMPLETED in the caller's transaction: from BOOKED or CHECKED_IN once it has started (409
     * from another status, 422 before the start, 403 for a client).
     */
    Booking complete(UUID bookingId, ReliefDeskUser user);
}

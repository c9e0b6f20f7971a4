package org.reliefdesk.scheduling;

import java.util.List;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;

/**
 * Other modules' way to end a visit (checkout completes it), or a closed account's bookings, without reaching into the
 * booking internals.
 */
public interface Visits {

    /** The booking, if this user may see it (a client only their own; otherwise a 404). */
    Booking visible(UUID bookingId, ReliefDeskUser user);

    /**
     * Marks the visit COMPLETED in the caller's transaction: from BOOKED or CHECKED_IN once it has started (409
     * from another status, 422 before the start, 403 for a client).
     */
    Booking complete(UUID bookingId, ReliefDeskUser user);

    /**
     * The client's account was closed (by the user {@code by}): every booking and hold of theirs that has not started
     * is cancelled in the caller's transaction, reason OTHER, note "account closed", never late (no fee);
     * {@code BookingCancelled} is published for each. Returns their ids.
     */
    List<UUID> cancelForClosedAccount(UUID clientId, UUID by);

    /** The retention purge: the free text kept on the client's bookings is cleared; the rows stay for the counts. */
    void forgetNotes(UUID clientId);
}

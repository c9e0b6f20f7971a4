package org.reliefdesk.scheduling.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingCancelled;
import org.reliefdesk.scheduling.BookingConfirmed;
import org.reliefdesk.scheduling.BookingRescheduled;
import org.reliefdesk.scheduling.availability.Requirements.Needs;
import org.reliefdesk.scheduling.booking.Booker.Ask;
import org.reliefdesk.scheduling.booking.Booker.Pick;
import org.reliefdesk.scheduling.notices.Policy;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.RuleViolationException;

/**
 * A booking with the verbs that change it, and its location's late-cancellation window. Each verb
 * guards its own preconditions (refusing with the answer the API gives) and returns what changed,
 * with the event to publish; {@link BookingStore} saves it. Nothing here reads or writes the database.
 */
record BookingAggregate(Booking booking, int lateHours) {

    /** Where and when a session is held, and under what it was booked (the screening status, the plan's needs). */
    record Placement(Pick pick, long start, long end, long heldUntil, String screening, Needs needs) {

        static Placement of(Ask ask, Pick pick, Needs needs, String screening) {
            return new Placement(pick, ask.start(), ask.end(), ask.end() + ask.location().bufferMinutes() * 60L,
                    screening, needs);
        }
    }

    /** A new booking: who for, where, and its placement. */
    record NewBooking(Ask ask, Placement placement) {

        BookingConfirmed confirmed(UUID id) {
            return new BookingConfirmed(id, ask.client().id(), placement.pick().therapist(),
                    Instant.ofEpochSecond(placement.start()));
        }
    }

    /** The booking cancelled by {@code by}, flagged {@code late} inside the window. */
    record Cancellation(UUID id, UUID by, String reason, boolean late, BookingCancelled event) {
    }

    /** The client did not come. */
    record NoShow(UUID id) {
    }

    /** The booking moved to {@code to}; {@code late} when moved inside the window. */
    record Move(Booking from, Placement to, boolean late, UUID by, BookingRescheduled event) {
    }

    boolean insideLateWindow(Instant now) {
        return now.isAfter(booking.start().minus(Duration.ofHours(lateHours)));
    }

    /** Clients cancel outside the late window only ("please call us"); staff any time, flagged when late. */
    Cancellation cancel(String reason, ReliefDeskUser by, Instant now) {
        requireBooked();
        boolean late = insideLateWindow(now);
        if (by.isClient() && late) {
            throw RuleViolationException.of("start", "This session starts within " + lateHours
                    + " hours; please call us to cancel");
        }
        Booking b = booking;
        return new Cancellation(b.id(), by.id(), reason, late, new BookingCancelled(b.id(), b.clientId(),
                b.locationId(), b.serviceCode(), b.therapistId(), b.start(), late));
    }

    /** Staff record that the client did not come, once the session has started. */
    NoShow markNoShow(ReliefDeskUser by, Instant now) {
        if (!by.isStaff()) {
            throw new ForbiddenException("Only staff record a no-show");
        }
        requireBooked();
        if (now.isBefore(booking.start())) {
            throw RuleViolationException.of("start", "A no-show is recorded once the session has started");
        }
        return new NoShow(booking.id());
    }

    /** Front desk and administrators move sessions; a client their own (outside the window). */
    static void requireMover(ReliefDeskUser by) {
        if (by.role() == Role.THERAPIST) {
            throw new ForbiddenException("Front desk and administrators change bookings for clients");
        }
    }

    /** Whether {@code by} may move it now; returns whether the move is inside the late window. */
    boolean checkMovable(ReliefDeskUser by, Instant now) {
        requireMover(by);
        requireBooked();
        boolean late = insideLateWindow(now);
        if (by.isClient() && late) {
            throw RuleViolationException.of("start", "This session starts within " + Policy.window(lateHours)
                    + "; please call us to change it");
        }
        if (!booking.start().isAfter(now)) {
            throw RuleViolationException.of("start", "This session has already started");
        }
        return late;
    }

    /** The booking moved to a new placement (the same row keeps its id; the old time is free again). */
    Move moveTo(Placement to, ReliefDeskUser by, Instant now) {
        boolean late = checkMovable(by, now);
        Booking b = booking;
        return new Move(b, to, late, by.id(), new BookingRescheduled(b.id(), b.clientId(), b.locationId(),
                b.serviceCode(), b.therapistId(), b.roomId(), b.start(), b.end(), to.pick().therapist(),
                Instant.ofEpochSecond(to.start())));
    }

    private void requireBooked() {
        if (!booking.isBooked()) {
            throw new ConflictException("This booking is already " + booking.status());
        }
    }
}

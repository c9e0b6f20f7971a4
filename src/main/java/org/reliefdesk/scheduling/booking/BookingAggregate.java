package org.reliefdesk.scheduling.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingCancelled;
import org.reliefdesk.scheduling.BookingNoShow;
import org.reliefdesk.scheduling.BookingConfirmed;
import org.reliefdesk.scheduling.BookingRescheduled;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.CancelReason;
import org.reliefdesk.scheduling.availability.Requirements.Needs;
import org.reliefdesk.scheduling.booking.Booker.Ask;
import org.reliefdesk.scheduling.booking.Booker.Pick;
import org.reliefdesk.scheduling.notices.Policy;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldErrors;
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

    /** The booking cancelled by {@code by} for {@code reason} (may be null) with a note, flagged {@code late} inside the window. */
    record Cancellation(UUID id, UUID by, CancelReason reason, String note, boolean late, BookingCancelled event) {
    }

    /** The client did not come. */
    record NoShow(UUID id, BookingNoShow event) {
    }

    /** The client arrived (checked in by {@code by}). */
    record Arrival(UUID id, UUID by) {
    }

    /** The session took place (completed by {@code by}). */
    record Completion(UUID id, UUID by) {
    }

    /** The booking moved to {@code to}; {@code late} when moved inside the window. */
    record Move(Booking from, Placement to, boolean late, UUID by, BookingRescheduled event) {
    }

    boolean insideLateWindow(Instant now) {
        return now.isAfter(booking.start().minus(Duration.ofHours(lateHours)));
    }

    /**
     * Clients cancel outside the late window only ("please call us"); staff any time, flagged when late. The
     * note is free text of at most {@link CancelReason#NOTE_MAX} characters (422 naming {@code note}).
     */
    Cancellation cancel(CancelReason reason, String note, ReliefDeskUser by, Instant now) {
        requireStatus(BookingStatus.CANCELLED, BookingStatus.HELD, BookingStatus.BOOKED, BookingStatus.CHECKED_IN);
        String kept = blankToNull(note);
        new FieldErrors().maxLength("note", kept, CancelReason.NOTE_MAX).throwIfAny();
        boolean late = insideLateWindow(now);
        if (by.isClient() && late) {
            throw RuleViolationException.of("start", "This session starts within " + lateHours
                    + " hours; please call us to cancel");
        }
        Booking b = booking;
        return new Cancellation(b.id(), by.id(), reason, kept, late, new BookingCancelled(b.id(), b.clientId(),
                b.locationId(), b.serviceCode(), b.therapistId(), b.start(), late));
    }

    /** The note a booking cancelled by its client's account closure keeps. */
    static final String ACCOUNT_CLOSED_NOTE = "account closed";

    /**
     * The client's account was closed: a booking or hold that has not started is cancelled for OTHER with the note
     * "account closed", never as a late cancellation (no fee).
     */
    Cancellation cancelForClosedAccount(UUID by) {
        requireStatus(BookingStatus.CANCELLED, BookingStatus.HELD, BookingStatus.BOOKED);
        Booking b = booking;
        return new Cancellation(b.id(), by, CancelReason.OTHER, ACCOUNT_CLOSED_NOTE, false,
                new BookingCancelled(b.id(), b.clientId(), b.locationId(), b.serviceCode(), b.therapistId(), b.start(),
                        false));
    }

    /** Staff record that the client did not come, once the session has started. */
    NoShow markNoShow(ReliefDeskUser by, Instant now) {
        requireStaff(by, "Only staff record a no-show");
        requireStatus(BookingStatus.NO_SHOW, BookingStatus.BOOKED, BookingStatus.CHECKED_IN);
        if (now.isBefore(booking.start())) {
            throw RuleViolationException.of("start", "A no-show is recorded once the session has started");
        }
        return new NoShow(booking.id(), new BookingNoShow(booking.id(), booking.clientId(), booking.locationId(),
                booking.serviceCode(), booking.therapistId(), booking.start()));
    }

    /** Staff check a client in on the session's local day, from BOOKED. */
    Arrival checkIn(ReliefDeskUser by, Instant now) {
        requireStaff(by, "Only staff check a client in");
        requireStatus(BookingStatus.CHECKED_IN, BookingStatus.BOOKED);
        LocalDate day = booking.localStart().toLocalDate();
        if (!day.equals(now.atZone(ZoneId.of(booking.timeZone())).toLocalDate())) {
            throw RuleViolationException.of("start", "A client is checked in on the day of the session (" + day + ")");
        }
        return new Arrival(booking.id(), by.id());
    }

    /** Staff complete a session once it has started, from BOOKED or CHECKED_IN. */
    Completion complete(ReliefDeskUser by, Instant now) {
        requireStaff(by, "Only staff complete a session");
        requireStatus(BookingStatus.COMPLETED, BookingStatus.BOOKED, BookingStatus.CHECKED_IN);
        if (now.isBefore(booking.start())) {
            throw RuleViolationException.of("start", "A session is completed once it has started");
        }
        return new Completion(booking.id(), by.id());
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
            throw new ConflictException("This booking is " + booking.status() + " and cannot be moved");
        }
    }

    /** 409 naming the current and the requested status (once when they are the same) unless the booking is in one of {@code from}. */
    private void requireStatus(BookingStatus requested, BookingStatus... from) {
        BookingStatus current = booking.status();
        if (!Arrays.asList(from).contains(current)) {
            throw new ConflictException(current == requested ? "This booking is already " + current
                    : "This booking is " + current + " and cannot become " + requested);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void requireStaff(ReliefDeskUser by, String refusal) {
        if (!by.isStaff()) {
            throw new ForbiddenException(refusal);
        }
    }
}

package org.reliefdesk.scheduling.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.availability.Requirements;
import org.reliefdesk.scheduling.availability.Requirements.Needs;
import org.reliefdesk.scheduling.booking.Booker.Ask;
import org.reliefdesk.scheduling.booking.Booker.Pick;
import org.reliefdesk.scheduling.booking.BookingAggregate.Placement;
import org.springframework.stereotype.Component;

/**
 * Moves a booking to a new time under the rules of a new booking. In one transaction the old time
 * is released, a therapist and room are picked for the new time (the same therapist when none is
 * named and they are free) and the same booking row takes the new time, so nothing is lost if any
 * step fails. Clients may not move a session inside the late-cancellation window.
 */
@Component
public class Rescheduling {

    private final Booker booker;
    private final BookingChanges changes;
    private final Bookings bookings;
    private final BookingStore store;
    private final SlotPicker picker;
    private final ScreeningGate gate;
    private final Requirements requirements;
    private final RaceRetry retry;
    private final Clock clock;

    Rescheduling(Booker booker, BookingChanges changes, Bookings bookings, BookingStore store, SlotPicker picker,
            ScreeningGate gate, Requirements requirements, RaceRetry retry, Clock clock) {
        this.booker = booker;
        this.changes = changes;
        this.bookings = bookings;
        this.store = store;
        this.picker = picker;
        this.gate = gate;
        this.requirements = requirements;
        this.retry = retry;
        this.clock = clock;
    }

    /** {@code POST /bookings/{id}/reschedule} as sent. */
    public record RescheduleRequest(String start, String therapistId) {
    }

    /** What the move needs once checked: the booking, where it goes, and under what. */
    private record Request(BookingAggregate booking, Ask ask, Needs needs, String screening, ReliefDeskUser by,
            Instant now) {
    }

    public Booking reschedule(UUID id, ReliefDeskUser user, RescheduleRequest request) {
        BookingAggregate.requireMover(user);
        BookingAggregate booking = changes.aggregate(id, user);
        Instant now = clock.instant();
        booking.checkMovable(user, now);
        Booking b = booking.booking();
        Ask ask = booker.resolve(user, new BookingRequest(b.clientId().toString(), b.locationId().toString(),
                b.serviceCode(), request == null ? null : request.start(),
                request == null ? null : request.therapistId()));
        String screening = gate.check(b.clientId());
        Needs needs = requirements.of(ask.service(), b.clientId());
        picker.checkTime(ask);
        Request move = new Request(booking, ask, needs, screening, user, now);
        Boolean moved = retry.run(status -> move(move) || rollBack(status), RaceRetry::clientFree);
        if (!Boolean.TRUE.equals(moved)) {
            throw booker.taken(ask, needs);
        }
        return bookings.find(id).orElseThrow();
    }

    /** In the caller's transaction: false (and nothing kept) when the new time is taken. */
    private boolean move(Request move) {
        Booking from = move.booking().booking();
        store.vacate(from.id(), from.version());
        picker.checkClientFree(move.ask());
        Pick pick = picker.pickPreferring(move.ask(), move.needs(), from.therapistId());
        if (pick == null) {
            return false;
        }
        Placement to = Placement.of(move.ask(), pick, move.needs(), move.screening());
        store.save(move.booking().moveTo(to, move.by(), move.now()));
        return true;
    }

    private static boolean rollBack(org.springframework.transaction.TransactionStatus status) {
        status.setRollbackOnly();
        return false;
    }
}

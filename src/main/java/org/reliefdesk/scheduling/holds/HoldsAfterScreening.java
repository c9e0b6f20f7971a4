package org.reliefdesk.scheduling.holds;

import java.util.List;
import java.util.UUID;

import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.booking.BookingStore;
import org.reliefdesk.screening.AfterScreening;
import org.reliefdesk.screening.Screening;
import org.springframework.stereotype.Component;

/**
 * A new client's intake decides their hold, in the submission's transaction: a screening that lets them
 * book confirms it (BOOKED under that status; the confirmation email goes out), one that does not releases
 * it (CANCELLED, HOLD_RELEASED), and the intake's answer says which.
 */
@Component
class HoldsAfterScreening implements AfterScreening {

    private final Holds holds;
    private final BookingStore store;

    HoldsAfterScreening(Holds holds, BookingStore store) {
        this.holds = holds;
        this.store = store;
    }

    @Override
    public Outcome screened(UUID clientId, Screening screening) {
        Booking hold = holds.active(clientId).orElse(null);
        if (hold == null) {
            return Outcome.NONE;
        }
        Session session = new Session(hold.id(), hold.localStart());
        if (screening.allowsMassage()) {
            return store.confirmHold(hold.id(), screening.status().name())
                    ? new Outcome(List.of(session), List.of()) : Outcome.NONE;
        }
        return store.releaseHold(hold.id()) ? new Outcome(List.of(), List.of(session)) : Outcome.NONE;
    }
}

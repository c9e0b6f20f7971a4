package org.reliefdesk.scheduling.booking;

import org.reliefdesk.screening.ScreeningChanged;
import org.reliefdesk.screening.ScreeningStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a client's newest screening changes, their future bookings are flagged for staff review
 * (URGENT, or CLEARANCE_REQUIRED without a clearance) or unflagged (CLEARED). Runs in the
 * screening's own transaction.
 */
@Component
class ScreeningReview {

    private final BookingStore store;

    ScreeningReview(BookingStore store) {
        this.store = store;
    }

    @EventListener
    void on(ScreeningChanged event) {
        store.flagForReview(event.clientId(), event.status() != ScreeningStatus.CLEARED);
    }
}

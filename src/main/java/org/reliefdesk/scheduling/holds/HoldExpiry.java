package org.reliefdesk.scheduling.holds;

import java.util.List;
import java.util.UUID;

import org.reliefdesk.scheduling.booking.BookingStore;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The clean-up job: marks holds past their minutes CANCELLED (HOLD_EXPIRED). Reads and writes already treat
 * them as gone from {@code holdExpiresAt} on; this makes it so in the table and tells the waitlist. One
 * conditional update per pass, so with several instances each overdue hold is expired, and published, once.
 */
@Component
class HoldExpiry {

    private final BookingStore store;
    private final TransactionOperations tx;

    HoldExpiry(BookingStore store, TransactionOperations tx) {
        this.store = store;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${reliefdesk.holds.sweep:1m}", initialDelayString = "${reliefdesk.holds.sweep:1m}")
    void sweep() {
        expire();
    }

    /** One pass in its own transaction; the holds this pass expired. */
    List<UUID> expire() {
        return tx.execute(status -> store.expireHolds());
    }
}

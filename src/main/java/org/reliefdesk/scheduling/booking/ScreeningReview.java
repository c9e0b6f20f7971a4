package org.reliefdesk.scheduling.booking;

import org.reliefdesk.screening.ScreeningChanged;
import org.reliefdesk.screening.ScreeningStatus;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a client's newest screening changes, their future bookings are flagged for staff review
 * (URGENT, or CLEARANCE_REQUIRED without a clearance) or unflagged (CLEARED). Runs in the
 * screening's own transaction.
 */
@Component
class ScreeningReview {

    private final JdbcClient jdbc;

    ScreeningReview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ScreeningChanged event) {
        boolean review = event.status() != ScreeningStatus.CLEARED;
        jdbc.sql("""
                update booking set needs_review = :review
                where client_id = :client and status = 'BOOKED' and ends_at > now() and needs_review <> :review""")
                .param("review", review).param("client", event.clientId()).update();
    }
}

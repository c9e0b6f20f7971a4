package org.reliefdesk.scheduling.booking;

import java.util.function.Consumer;

import org.reliefdesk.shared.RuleViolationException;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The one retry loop for writes to the booking tables. Each attempt runs in its own transaction; an
 * attempt that lost a race with a concurrent write ({@link Constraints#contended}: deadlock,
 * serialization failure, lock not available) is run again, and so is one that broke an exclusion
 * constraint unless the caller's handler throws its answer for that constraint. Any other failure is
 * passed on. Returns the work's result, or null when every attempt lost.
 */
@Component
public class RaceRetry {

    /** Attempts before a writer answers that the time was taken meanwhile. */
    public static final int ATTEMPTS = 3;
    private final TransactionOperations tx;

    RaceRetry(TransactionOperations tx) {
        this.tx = tx;
    }

    /** {@link #ATTEMPTS} attempts. */
    public <T> T run(TransactionCallback<T> work, Consumer<String> onExclusion) {
        return run(ATTEMPTS, work, onExclusion);
    }

    public <T> T run(int attempts, TransactionCallback<T> work, Consumer<String> onExclusion) {
        for (int attempt = 0; attempt < attempts; attempt++) {
            try {
                return tx.execute(work);
            } catch (DataAccessException e) {
                if (!Constraints.contended(e)) {
                    String constraint = Constraints.exclusion(e);
                    if (constraint == null) {
                        throw e;
                    }
                    onExclusion.accept(constraint);
                }
            }
        }
        return null;
    }

    /** For writers of one client's booking: the client's own overlap is a 422; any other constraint, again. */
    public static void clientFree(String constraint) {
        if (constraint.equals("booking_client_free")) {
            throw RuleViolationException.of("start", "The client already has a booking at that time");
        }
    }

    /** Every exclusion constraint: again (the next attempt reads the winner). */
    public static void again(String constraint) {
        // nothing to answer yet
    }
}

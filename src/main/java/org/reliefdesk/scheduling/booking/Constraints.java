package org.reliefdesk.scheduling.booking;

import java.sql.SQLException;
import java.util.Set;

import org.postgresql.util.PSQLException;

/** Reads which exclusion constraint a failed write broke. */
final class Constraints {

    static final String EXCLUSION_VIOLATION = "23P01";

    /** Deadlock detected, serialization failure, lock not available: the write lost a race and may be retried. */
    private static final Set<String> CONTENDED = Set.of("40P01", "40001", "55P03");

    private Constraints() {
    }

    /** The name of the exclusion constraint behind this failure, or null when it is something else. */
    static String exclusion(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return t instanceof PSQLException p && p.getServerErrorMessage() != null
                        ? String.valueOf(p.getServerErrorMessage().getConstraint()) : "unknown";
            }
        }
        return null;
    }

    /**
     * True when the write lost a race with a concurrent one (two bookings inserting crossing rows under several
     * exclusion constraints can deadlock; PostgreSQL aborts one): trying again reads the new state and answers
     * with a booking or a 409, never a 500.
     */
    static boolean contended(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && CONTENDED.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

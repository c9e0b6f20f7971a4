package org.reliefdesk.scheduling.internal;

import java.sql.SQLException;

import org.postgresql.util.PSQLException;

/** Reads which exclusion constraint a failed write broke. */
final class Constraints {

    static final String EXCLUSION_VIOLATION = "23P01";

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
}

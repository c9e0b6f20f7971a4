package org.reliefdesk.screening.internal;

import org.reliefdesk.screening.ScreeningStatus;

/** A flag's weight, strongest first: URGENT and CLEARANCE decide the status; CAUTION and INFO do not. */
public enum Severity {
    URGENT, CLEARANCE, CAUTION, INFO;

    /** The overall status a flag of this severity leads to. */
    public ScreeningStatus status() {
        return switch (this) {
            case URGENT -> ScreeningStatus.URGENT;
            case CLEARANCE -> ScreeningStatus.CLEARANCE_REQUIRED;
            default -> ScreeningStatus.CLEARED;
        };
    }

    public boolean stopsPattern() {
        return this == URGENT || this == CLEARANCE;
    }
}

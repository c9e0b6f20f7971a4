package org.reliefdesk.scheduling;

/**
 * Where a booking is in a visit. A new client's time is HELD while they complete the intake; a booking
 * is BOOKED, then CHECKED_IN when the client arrives and COMPLETED after the session; or CANCELLED
 * (an expired or released hold reads back CANCELLED too) or a NO_SHOW.
 */
public enum BookingStatus {
    HELD, BOOKED, CHECKED_IN, COMPLETED, CANCELLED, NO_SHOW;

    /** Counted as a session that took place once its start has passed (the outcomes' "attended"). */
    public boolean countsAsAttended() {
        return this == BOOKED || this == CHECKED_IN || this == COMPLETED;
    }

    /** The statuses {@link #countsAsAttended()} holds for, as SQL's list {@code ('BOOKED', …)}. */
    public static final String ATTENDED_SQL = "('BOOKED', 'CHECKED_IN', 'COMPLETED')";
}

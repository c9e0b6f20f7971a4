package org.reliefdesk.scheduling.booking;

/**
 * {@code POST /api/v1/bookings} as sent: ids and times as text, so a bad one is a 422 naming the field.
 * {@code hold}: keep the time for a client who has no submitted intake yet (see {@code scheduling.holds}).
 * {@code pastVisit} (ADMIN only) records a visit from before ReliefDesk: its start may lie in the past.
 */
public record BookingRequest(String clientId, String locationId, String serviceCode, String start, String therapistId,
        Boolean hold, Boolean pastVisit) {

    public BookingRequest(String clientId, String locationId, String serviceCode, String start, String therapistId) {
        this(clientId, locationId, serviceCode, start, therapistId, null, null);
    }

    public boolean isHold() {
        return Boolean.TRUE.equals(hold);
    }

    boolean isPastVisit() {
        return Boolean.TRUE.equals(pastVisit);
    }
}

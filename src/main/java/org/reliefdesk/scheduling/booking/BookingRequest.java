package org.reliefdesk.scheduling.booking;

/**
 * {@code POST /api/v1/bookings} as sent: ids and times as text, so a bad one is a 422 naming the field.
 * {@code hold}: keep the time for a client who has no submitted intake yet (see {@code scheduling.holds}).
 */
public record BookingRequest(String clientId, String locationId, String serviceCode, String start, String therapistId,
        Boolean hold) {

    public BookingRequest(String clientId, String locationId, String serviceCode, String start, String therapistId) {
        this(clientId, locationId, serviceCode, start, therapistId, null);
    }

    public boolean isHold() {
        return Boolean.TRUE.equals(hold);
    }
}

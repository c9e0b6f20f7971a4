package org.reliefdesk.scheduling.booking;

/** {@code POST /api/v1/bookings} as sent: ids and times as text, so a bad one is a 422 naming the field. */
public record BookingRequest(String clientId, String locationId, String serviceCode, String start, String therapistId) {
}

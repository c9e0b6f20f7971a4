package org.reliefdesk.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * Published in the rescheduling transaction: the booking moved from {@code fromStart} (with
 * {@code fromTherapistId} in {@code fromRoomId}, until {@code fromEnd}) to {@code toStart}; the
 * old time is free again.
 */
public record BookingRescheduled(UUID bookingId, UUID clientId, UUID locationId, String serviceCode,
        UUID fromTherapistId, UUID fromRoomId, Instant fromStart, Instant fromEnd, UUID toTherapistId,
        Instant toStart) {
}

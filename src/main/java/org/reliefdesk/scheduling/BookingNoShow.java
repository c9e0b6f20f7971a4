package org.reliefdesk.scheduling;

import java.time.Instant;
import java.util.UUID;

/** Published in the transaction that marks a booking NO_SHOW (once: a second mark is a 409). */
public record BookingNoShow(UUID bookingId, UUID clientId, UUID locationId, String serviceCode, UUID therapistId,
        Instant start) {
}

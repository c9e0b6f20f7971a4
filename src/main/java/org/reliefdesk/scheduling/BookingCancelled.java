package org.reliefdesk.scheduling;

import java.time.Instant;
import java.util.UUID;

/** Published in the cancelling transaction: the time it held is free again. */
public record BookingCancelled(UUID bookingId, UUID clientId, UUID locationId, String serviceCode,
        UUID therapistId, Instant start, boolean lateCancellation) {
}

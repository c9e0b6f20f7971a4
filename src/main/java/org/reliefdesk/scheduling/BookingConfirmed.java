package org.reliefdesk.scheduling;

import java.time.Instant;
import java.util.UUID;

/** Published in the booking's transaction when a session is booked. */
public record BookingConfirmed(UUID bookingId, UUID clientId, UUID therapistId, Instant start) {
}

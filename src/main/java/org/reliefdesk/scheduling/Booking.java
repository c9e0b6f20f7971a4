package org.reliefdesk.scheduling;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One session booked for a client: therapist, room and time (held with the location's buffer
 * after it). {@code screeningStatus} is the status it was made under; {@code needsReview} is
 * raised when a newer screening blocks massage. Names are for display. {@code cancelReason} is one of
 * the API's reasons (or {@code HOLD_EXPIRED}, {@code HOLD_RELEASED}); {@code holdExpiresAt} is set for a hold.
 */
public record Booking(UUID id, UUID clientId, String clientName, UUID locationId, String timeZone,
        String serviceCode, UUID therapistId, String therapistName, UUID roomId, String roomName, Instant start,
        Instant end, BookingStatus status, String screeningStatus, boolean needsReview, boolean lateCancellation,
        UUID planId, Integer planVersion, UUID courseId, int version, String cancelReason, String cancelNote,
        Instant holdExpiresAt, boolean pastVisit) {

    public OffsetDateTime localStart() {
        return start.atZone(ZoneId.of(timeZone)).toOffsetDateTime();
    }

    public OffsetDateTime localEnd() {
        return end.atZone(ZoneId.of(timeZone)).toOffsetDateTime();
    }

    public boolean isBooked() {
        return status == BookingStatus.BOOKED;
    }
}

package org.reliefdesk.scheduling.booking;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;

/** A booking as the API shows it: times as offset date-times in the location's zone. */
public record BookingView(UUID id, String start, String end, UUID therapistId, String therapistName, UUID roomId,
        String roomName, BookingStatus status, UUID clientId, String clientName, UUID locationId, String serviceCode,
        String screeningStatus, boolean needsReview, boolean lateCancellation, UUID planId, Integer planVersion,
        UUID courseId, int version, String cancelReason, String cancelNote, String holdExpiresAt, boolean pastVisit) {

    public static BookingView of(Booking b) {
        return new BookingView(b.id(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(b.localStart()),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(b.localEnd()), b.therapistId(), b.therapistName(),
                b.roomId(), b.roomName(), b.status(), b.clientId(), b.clientName(), b.locationId(), b.serviceCode(),
                b.screeningStatus(), b.needsReview(), b.lateCancellation(), b.planId(), b.planVersion(), b.courseId(),
                b.version(), b.cancelReason(), b.cancelNote(), b.holdExpiresAt() == null ? null
                        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(b.holdExpiresAt().atZone(ZoneId.of(b.timeZone()))
                                .toOffsetDateTime()), b.pastVisit());
    }
}

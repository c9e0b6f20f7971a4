package org.reliefdesk.scheduling.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/v1/reports/operations}: a location's utilisation and visit figures for the local days
 * {@code from}–{@code to} (both included). Rates are fractions 0–1 rounded half up to 3 places.
 */
public record OperationsReport(LocalDate from, LocalDate to, UUID locationId, List<TherapistLine> therapists,
        List<RoomLine> rooms, long bookings, long completed, long cancelled, long lateCancellations, long noShows,
        double noShowRate, long newClients, double rebookedWithin30Days) {

    /** A therapist's hours at the location less time off, the session minutes booked, and their ratio. */
    public record TherapistLine(UUID therapistId, String name, long workingMinutes, long bookedMinutes,
            double utilisation) {
    }

    /** A room's session minutes booked, and their ratio to the minutes in which any therapist works there. */
    public record RoomLine(UUID roomId, String name, long bookedMinutes, double utilisation) {
    }
}

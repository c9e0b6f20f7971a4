package org.reliefdesk.scheduling.frontdesk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.planning.PlanStanding;

/**
 * What the front desk needs to know about a client at a glance (the quick view and
 * {@code GET /api/v1/clients/{id}/summary}): no clinical detail beyond the screening status and where the plan
 * stands. {@code alerts} are codes: {@code URGENT}, {@code CLEARANCE_NEEDED}, {@code NO_INTAKE},
 * {@code PLAN_NEEDS_REVIEW}, {@code NO_SHOWS}, {@code LATE_CANCELLATIONS}.
 */
record ClientSummary(UUID clientId, String fullName, LocalDate dateOfBirth, Integer age, String phone, String email,
        String screeningStatus, PlanStanding plan, Visit nextVisit, Visit lastVisit, int noShows,
        int lateCancellations, List<String> alerts) {

    /** A session: when (with the location's offset), with whom, and its status. */
    record Visit(UUID bookingId, OffsetDateTime start, String therapistName, String status) {
    }
}

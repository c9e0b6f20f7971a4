package org.reliefdesk.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A physician's clearance recorded by a therapist or admin against one submitted intake. */
public record ClearanceOnFile(UUID id, UUID clientId, UUID intakeId, int intakeVersion, String clearedBy,
        LocalDate clearedOn, String note, String recordedBy, Instant recordedAt) {

    public Screening.Clearance toClearance() {
        return new Screening.Clearance(clearedBy, clearedOn, recordedBy, note);
    }
}

package org.reliefdesk.billing.superbills;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A diagnosis on file, copied by a therapist or an administrator from a physician's letter: an ICD-10-CM code, its
 * description, the physician and the date they diagnosed it. ReliefDesk never chooses one.
 */
public record Diagnosis(UUID id, UUID clientId, String code, String description, String diagnosedBy,
        LocalDate diagnosedOn, UUID enteredById, String enteredBy, Instant enteredAt) {
}

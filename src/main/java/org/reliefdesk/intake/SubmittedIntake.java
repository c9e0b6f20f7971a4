package org.reliefdesk.intake;

import java.time.Instant;
import java.util.UUID;

/** A submitted (immutable) intake: numbered per client (1, 2, …) and tied to the form version. */
public record SubmittedIntake(UUID id, UUID clientId, int version, int formVersion, Instant submittedAt,
        IntakeAnswers answers) {
}

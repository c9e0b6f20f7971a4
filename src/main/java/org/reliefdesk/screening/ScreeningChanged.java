package org.reliefdesk.screening;

import java.util.UUID;

/**
 * Published in the same transaction whenever a client's newest screening changes: a new intake
 * was screened, or a clearance was recorded. Listeners read the screening through {@code Screenings}.
 */
public record ScreeningChanged(UUID clientId, UUID intakeId, ScreeningStatus status) {
}

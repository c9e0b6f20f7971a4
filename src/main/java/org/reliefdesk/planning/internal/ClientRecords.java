package org.reliefdesk.planning.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The client's latest submitted intake and its screening, as one {@link ClientContext}.
 * (Placeholder until the intake and screening modules land {@code latest(clientId)}.)
 */
@Component
class ClientRecords {

    /** The latest intake's id and the context built from it; empty without a submitted intake. */
    Optional<Latest> latest(UUID clientId) {
        return Optional.empty();
    }

    record Latest(UUID intakeId, ClientContext context) {
    }
}

package org.reliefdesk.planning;

import java.util.Optional;
import java.util.UUID;

/** Finds the client's accepted plan in force (see {@link PlanInForce}); implemented by planning. */
public interface PlansInForce {

    Optional<PlanInForce> of(UUID clientId);
}

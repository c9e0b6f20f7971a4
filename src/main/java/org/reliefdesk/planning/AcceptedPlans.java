package org.reliefdesk.planning;

import java.util.Optional;
import java.util.UUID;

/**
 * One accepted plan version as it was accepted (a booking names the version it was made under), whether or not it is
 * still in force; implemented by planning.
 */
public interface AcceptedPlans {

    /** That version of the plan if it was accepted (its blocks, with their minutes); else empty. */
    Optional<PlanInForce> version(UUID planId, int version);
}

package org.reliefdesk.planning;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Each client's {@link PlanStanding} in one query; a client without a plan is absent. Implemented by planning. */
public interface PlanStandings {

    Map<UUID, PlanStanding> of(Collection<UUID> clientIds);
}

package org.reliefdesk.planning.internal;

import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.planning.AcceptedPlans;
import org.reliefdesk.planning.PlanInForce;
import org.springframework.stereotype.Component;

/** An accepted plan version, read for others (the superbill's minutes when a session has no signed note). */
@Component
class AcceptedPlansQuery implements AcceptedPlans {

    private final PlanStore store;

    AcceptedPlansQuery(PlanStore store) {
        this.store = store;
    }

    @Override
    public Optional<PlanInForce> version(UUID planId, int version) {
        return store.find(planId).flatMap(plan -> store.version(planId, version)
                .filter(PlanVersion::accepted)
                .map(saved -> new PlanInForce(planId, version, plan.serviceCode(), saved.blocks().stream()
                        .map(b -> new PlanInForce.Block(b.order(), b.minutes(), b.phase(), b.area(), b.technique(),
                                b.pressure()))
                        .toList())));
    }
}

package org.reliefdesk.planning.internal;

import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.planning.PlanInForce;
import org.reliefdesk.planning.PlansInForce;
import org.springframework.stereotype.Component;

/** The last accepted version of the client's newest plan, unless that plan NEEDS_REVIEW. */
@Component
class PlansInForceQuery implements PlansInForce {

    private final PlanStore store;

    PlansInForceQuery(PlanStore store) {
        this.store = store;
    }

    @Override
    public Optional<PlanInForce> of(UUID clientId) {
        return store.newest(clientId)
                .filter(plan -> plan.status() != PlanStatus.NEEDS_REVIEW && plan.status() != PlanStatus.SUPERSEDED)
                .filter(plan -> plan.inForceVersion() != null)
                .map(plan -> new PlanInForce(plan.id(), plan.inForceVersion(), plan.serviceCode(),
                        store.blocks(plan.id(), plan.inForceVersion()).stream()
                                .map(b -> new PlanInForce.Block(b.order(), b.minutes(), b.phase(), b.area(),
                                        b.technique(), b.pressure()))
                                .toList()));
    }
}

package org.reliefdesk.planning.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.planning.PlanPrints;
import org.reliefdesk.shared.PageParams;
import org.springframework.stereotype.Component;

/** The printable PDF of each version of each of the client's plans, as {@code /plans/{id}.pdf?version=} prints it. */
@Component
class PlanPrintsQuery implements PlanPrints {

    private final PlanStore store;
    private final PlanPdf pdf;

    PlanPrintsQuery(PlanStore store, PlanPdf pdf) {
        this.store = store;
        this.pdf = pdf;
    }

    @Override
    public List<Print> all(UUID clientId) {
        List<SessionPlan> plans = new ArrayList<>(store.list(clientId, PageParams.of(0, 200)).items());
        Collections.reverse(plans);
        List<Print> prints = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            SessionPlan plan = plans.get(i);
            for (int version = 1; version <= plan.version(); version++) {
                prints.add(new Print(plan.id(), i + 1, version, pdf.render(plan, version)));
            }
        }
        return prints;
    }
}

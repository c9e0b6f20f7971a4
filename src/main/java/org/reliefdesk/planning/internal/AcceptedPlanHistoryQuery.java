package org.reliefdesk.planning.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.planning.AcceptedPlanHistory;
import org.reliefdesk.shared.PageParams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a client's accepted plan versions with their standing and the catalogue's names. */
@Component
class AcceptedPlanHistoryQuery implements AcceptedPlanHistory {

    private final PlanStore store;
    private final Catalogue catalogue;
    private final JdbcClient jdbc;

    AcceptedPlanHistoryQuery(PlanStore store, Catalogue catalogue, JdbcClient jdbc) {
        this.store = store;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
    }

    @Override
    public List<AcceptedPlan> of(UUID clientId) {
        List<AcceptedPlan> plans = new ArrayList<>();
        List<SessionPlan> all = new ArrayList<>(store.list(clientId, PageParams.of(0, PageParams.MAX_SIZE)).items());
        java.util.Collections.reverse(all);
        for (SessionPlan plan : all) {
            plans.addAll(accepted(plan));
        }
        return plans;
    }

    @Override
    public Optional<AcceptedPlan> find(UUID planId, int version) {
        return store.find(planId).flatMap(plan -> accepted(plan).stream().filter(p -> p.version() == version)
                .findFirst());
    }

    private List<AcceptedPlan> accepted(SessionPlan plan) {
        List<Integer> versions = jdbc.sql("select version from plan_version where plan_id = :plan"
                        + " and accepted_at is not null order by version")
                .param("plan", plan.id()).query(Integer.class).list();
        List<PlanVersion> saved = versions.stream().map(v -> store.version(plan.id(), v).orElseThrow()).toList();
        List<AcceptedPlan> result = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            PlanVersion version = saved.get(i);
            boolean last = i == saved.size() - 1;
            Standing standing;
            Instant replacedAt = null;
            if (!last) {
                standing = Standing.REPLACED;
                replacedAt = saved.get(i + 1).acceptedAt();
            } else if (plan.status() == PlanStatus.SUPERSEDED) {
                standing = Standing.REPLACED;
                replacedAt = plan.updatedAt();
            } else if (plan.inForceVersion() != null && plan.inForceVersion() == version.version()) {
                standing = Standing.IN_FORCE;
            } else {
                standing = Standing.ON_HOLD;
            }
            result.add(new AcceptedPlan(plan.id(), plan.clientId(), version.version(), plan.serviceCode(), standing,
                    version.savedAt(), version.acceptedAt(), replacedAt,
                    version.blocks().stream().map(this::step).toList()));
        }
        return result;
    }

    private Step step(PlanBlock block) {
        Technique technique = catalogue.technique(block.technique());
        BodyArea area = catalogue.area(block.area());
        List<Citation> evidence = block.evidence().stream().map(id -> {
            Evidence found = catalogue.evidence(id);
            return new Citation(id, found == null ? id : found.citation());
        }).toList();
        return new Step(block.order(), block.minutesOrZero(), block.phase(), block.area(),
                area == null ? null : area.name(), block.technique(),
                technique == null ? block.technique() : technique.name(),
                block.pressure() == null ? 0 : block.pressure(), block.rationale(), evidence, block.note());
    }
}

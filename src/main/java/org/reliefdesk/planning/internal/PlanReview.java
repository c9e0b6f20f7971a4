package org.reliefdesk.planning.internal;

import java.util.ArrayList;
import java.util.List;

import org.reliefdesk.audit.AuditLog;
import org.reliefdesk.planning.internal.ClientRecords.Latest;
import org.reliefdesk.screening.ScreeningChanged;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Safety over time: when the client's newest screening changes, their newest plan is checked
 * again (its current version and the one in force). If the screening now blocks massage or
 * forbids anything the plan uses, the plan becomes NEEDS_REVIEW and stops being in force until a
 * therapist edits it and the client accepts again; the reasons are kept for the therapist.
 * Runs in the publisher's transaction, so the intake and the review commit together.
 */
@Component
class PlanReview {

    private final PlanStore store;
    private final ClientRecords records;
    private final PlanRules rules;
    private final Services services;
    private final AuditLog audit;

    PlanReview(PlanStore store, ClientRecords records, PlanRules rules, Services services, AuditLog audit) {
        this.store = store;
        this.records = records;
        this.rules = rules;
        this.services = services;
        this.audit = audit;
    }

    @EventListener
    void on(ScreeningChanged event) {
        store.newest(event.clientId()).filter(p -> p.status() != PlanStatus.SUPERSEDED).ifPresent(plan -> {
            List<RuleText> reasons = reasons(plan);
            if (!reasons.isEmpty()) {
                store.needsReview(plan.id(), reasons);
                audit.record("system", "SYSTEM", "PLAN_NEEDS_REVIEW", plan.clientId(), "PLAN", plan.id(),
                        "plan " + plan.id() + ": " + String.join(" | ", reasons.stream().map(RuleText::english).toList()));
            }
        });
    }

    /** Why the plan no longer fits the newest screening, as codes and values (said in the reader's language). */
    List<RuleText> reasons(SessionPlan plan) {
        Latest latest = records.latest(plan.clientId()).orElse(null);
        if (latest == null) {
            return List.of();
        }
        RuleViolationException blocked = NoPlan.unlessAllowed(latest.context().screening());
        if (blocked != null) {
            return List.of(RuleText.of("plan.review." + blocked.properties().get("reason")));
        }
        Service service = services.find(plan.serviceCode()).orElseThrow();
        List<RuleText> reasons = new ArrayList<>();
        rules.broken(store.blocks(plan.id(), plan.version()), latest.context(), service.name(), service.minutes())
                .forEach(b -> reasons.add(b.text()));
        Integer inForce = plan.inForceVersion();
        if (inForce != null && inForce != plan.version()) {
            rules.broken(store.blocks(plan.id(), inForce), latest.context(), service.name(), service.minutes())
                    .forEach(b -> reasons.add(RuleText.of("plan.review.acceptedVersion", inForce, b.text())));
        }
        return reasons;
    }
}

package org.reliefdesk.interop.fhir.clinical;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;
import org.reliefdesk.planning.AcceptedPlanHistory;
import org.reliefdesk.planning.AcceptedPlanHistory.AcceptedPlan;
import org.reliefdesk.planning.AcceptedPlanHistory.Step;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.springframework.stereotype.Component;

/**
 * Each accepted plan version as a CarePlan ({@code <plan id>-v<version>}, intent plan): the version in force
 * active, one waiting for the therapist's review on-hold, one a later version or plan replaced revoked (the
 * later one {@code replaces} it). Each block is an activity: its technique as {@code detail.code}, its minutes as
 * {@code detail.scheduledTiming} (duration, unit min), its area, pressure, rationale and evidence in
 * {@code detail.description}, the rationale also as {@code detail.reasonCode}.
 */
@Component
class PlanCarePlans implements SubjectSection {

    private final AcceptedPlanHistory plans;
    private final Services services;

    PlanCarePlans(AcceptedPlanHistory plans, Services services) {
        this.plans = plans;
        this.services = services;
    }

    @Override
    public String resourceType() {
        return "CarePlan";
    }

    @Override
    public List<CarePlan> resources(UUID clientId) {
        List<CarePlan> result = new ArrayList<>();
        AcceptedPlan previous = null;
        for (AcceptedPlan plan : plans.of(clientId)) {
            result.add(carePlan(plan, previous));
            previous = plan;
        }
        return result;
    }

    static String id(AcceptedPlan plan) {
        return plan.planId() + "-v" + plan.version();
    }

    @Override
    public Optional<Owned> owned(String id) {
        return find(id).flatMap(plan -> resources(plan.clientId()).stream()
                .filter(c -> c.getIdElement().getIdPart().equals(id)).findFirst()
                .map(c -> new Owned(plan.clientId(), c)));
    }

    /** The accepted version named by a CarePlan id, if any. */
    Optional<AcceptedPlan> find(String id) {
        int dash = id.lastIndexOf("-v");
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            return plans.find(UUID.fromString(id.substring(0, dash)), Integer.parseInt(id.substring(dash + 2)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code previous}: the client's accepted version before this one (replaced by it), or null. */
    CarePlan carePlan(AcceptedPlan plan, AcceptedPlan previous) {
        CarePlan carePlan = new CarePlan();
        carePlan.setId(id(plan));
        carePlan.setStatus(switch (plan.standing()) {
            case IN_FORCE -> CarePlanStatus.ACTIVE;
            case ON_HOLD -> CarePlanStatus.ONHOLD;
            case REPLACED -> CarePlanStatus.REVOKED;
        });
        carePlan.setIntent(CarePlanIntent.PLAN);
        String service = services.find(plan.serviceCode()).map(Service::name).orElse(plan.serviceCode());
        carePlan.setTitle("Session plan, version " + plan.version() + ": " + service);
        carePlan.setDescription("Medical massage session plan accepted by the client; each activity is one block of "
                + "every session, in order. It complements medical care and is not a diagnosis.");
        carePlan.addCategory(new CodeableConcept().setText("Medical massage"));
        carePlan.setSubject(Searches.patient(plan.clientId()));
        carePlan.setCreatedElement(Times.dateTime(plan.savedAt()));
        Period period = new Period().setStartElement(Times.dateTime(plan.acceptedAt()));
        if (plan.replacedAt() != null) {
            period.setEndElement(Times.dateTime(plan.replacedAt()));
        }
        carePlan.setPeriod(period);
        if (previous != null) {
            carePlan.addReplaces(new Reference("CarePlan/" + id(previous)));
        }
        CarePlanActivityStatus status = switch (plan.standing()) {
            case IN_FORCE -> CarePlanActivityStatus.INPROGRESS;
            case ON_HOLD -> CarePlanActivityStatus.ONHOLD;
            case REPLACED -> CarePlanActivityStatus.STOPPED;
        };
        for (Step step : plan.steps()) {
            carePlan.addActivity().setDetail(detail(step, status));
        }
        return carePlan;
    }

    private static CarePlanActivityDetailComponent detail(Step step, CarePlanActivityStatus status) {
        CarePlanActivityDetailComponent detail = new CarePlanActivityDetailComponent();
        detail.setStatus(status);
        detail.setCode(ProductCodes.concept(ProductCodes.TECHNIQUE, step.technique(), step.techniqueName()));
        Timing timing = new Timing();
        timing.getRepeat().setDuration(step.minutes()).setDurationUnit(Timing.UnitsOfTime.MIN);
        detail.setScheduled(timing);
        if (step.rationale() != null && !step.rationale().isBlank()) {
            detail.addReasonCode(new CodeableConcept().setText(step.rationale()));
        }
        detail.setDescription(description(step));
        return detail;
    }

    /** "2. Kneading · Upper back · 10 min · pressure 3 of 5 · Why: … · Evidence: … · Note: …". */
    static String description(Step step) {
        List<String> parts = new ArrayList<>();
        parts.add(step.order() + ". " + step.techniqueName());
        if (step.areaName() != null) {
            parts.add(step.areaName());
        }
        parts.add(step.minutes() + " min");
        if (step.pressure() > 0) {
            parts.add("pressure " + step.pressure() + " of 5");
        }
        if (step.rationale() != null && !step.rationale().isBlank()) {
            parts.add("Why: " + step.rationale());
        }
        if (!step.evidence().isEmpty()) {
            parts.add("Evidence: " + step.evidence().stream().map(c -> c.citation() + " [" + c.id() + "]")
                    .collect(Collectors.joining("; ")));
        }
        if (step.note() != null) {
            parts.add("Note: " + step.note());
        }
        return String.join(" · ", parts);
    }
}

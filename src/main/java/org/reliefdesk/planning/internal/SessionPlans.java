package org.reliefdesk.planning.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.planning.internal.ClientRecords.Latest;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan lifecycle (CLINICAL.md section 7): a therapist proposes a plan from the latest
 * intake and screening, in the client's language, and edits it; the client accepts the version they read with a typed
 * signature. Every change is checked by {@link PlanRules} and audited.
 */
@Component
class SessionPlans {

    static final String DEFAULT_SERVICE = "MEDICAL_MASSAGE_60";

    private final PlanStore store;
    private final ClientRecords records;
    private final PlanProposer proposer;
    private final PlanRules rules;
    private final Services services;
    private final ClientAccess access;
    private final RuleWords ruleWords;
    private final ProposalWords proposalWords;

    SessionPlans(PlanStore store, ClientRecords records, PlanProposer proposer, PlanRules rules, Services services,
            ClientAccess access, RuleWords ruleWords, ProposalWords proposalWords) {
        this.ruleWords = ruleWords;
        this.proposalWords = proposalWords;
        this.store = store;
        this.records = records;
        this.proposer = proposer;
        this.rules = rules;
        this.services = services;
        this.access = access;
    }

    @Transactional
    SessionPlan propose(UUID clientId, String serviceCode, ReliefDeskUser user) {
        clinician(clientId, user);
        Service service = service(serviceCode);
        Latest latest = records.latest(clientId).orElseThrow(NoPlan::noIntake);
        PlanWords language = proposalWords.of(clientId, latest.context().screening());
        List<PlanBlock> blocks = proposer.propose(latest.context(), service.minutes(), language);
        List<FieldError> errors = rules.check(blocks, latest.context(), service.name(), service.minutes());
        if (!errors.isEmpty()) {
            throw new IllegalStateException("A proposal broke the plan rules: " + errors);
        }
        store.lockClient(clientId);
        UUID id = store.create(clientId, service.code(), user.id(), language.language());
        store.saveVersion(id, 1, blocks, latest.intakeId(), user.id());
        int superseded = store.supersedeOthers(clientId, id);
        access.recordChange(user, clientId, "PLAN_PROPOSED", "PLAN", id, "plan " + id + " version 1"
                + (superseded > 0 ? "; " + superseded + " older plan(s) superseded" : ""));
        return store.find(id).orElseThrow();
    }

    @Transactional
    SessionPlan edit(UUID planId, Integer seenVersion, List<PlanBlock> blocks, ReliefDeskUser user) {
        SessionPlan plan = find(planId);
        clinician(plan.clientId(), user);
        if (seenVersion == null) {
            throw RuleViolationException.of("version", "version is required: the version you edited");
        }
        plan.checkEditable(seenVersion);
        Latest latest = allowedLatest(plan.clientId());
        Service service = services.find(plan.serviceCode()).orElseThrow();
        List<PlanBlock> numbered = numbered(blocks);
        List<PlanRules.Broken> errors = rules.broken(numbered, latest.context(), service.name(), service.minutes());
        if (!errors.isEmpty()) {
            throw new RuleViolationException("The plan breaks " + errors.size() + " rule(s); nothing was saved",
                    ruleWords.errors(errors));
        }
        if (!store.advance(planId, seenVersion)) {
            throw new ConflictException("Someone saved this plan meanwhile; reload it, your version was not saved",
                    java.util.Map.of("currentVersion", find(planId).version()));
        }
        store.saveVersion(planId, seenVersion + 1, numbered, latest.intakeId(), user.id());
        access.recordChange(user, plan.clientId(), "PLAN_EDITED", "PLAN", planId, "plan " + planId + " version " + (seenVersion + 1));
        return find(planId);
    }

    @Transactional
    SessionPlan accept(UUID planId, String signature, Integer seenVersion, ReliefDeskUser user) {
        SessionPlan plan = find(planId);
        Client client = access.profile(plan.clientId(), user);
        if (!user.isClient()) {
            throw new ForbiddenException("Only the client accepts their own plan");
        }
        checkSignature(signature, seenVersion, client);
        if (plan.isAccepted(seenVersion)) {
            return plan;
        }
        plan.checkAcceptable(seenVersion, ruleWords.reasons(plan).stream().map(RuleWords.Shown::text).toList());
        Latest latest = allowedLatest(plan.clientId());
        Service service = services.find(plan.serviceCode()).orElseThrow();
        List<PlanRules.Broken> errors = rules.broken(store.blocks(planId, seenVersion), latest.context(),
                service.name(), service.minutes());
        if (!errors.isEmpty()) {
            throw new RuleViolationException("This plan no longer fits your latest intake; your therapist needs to "
                    + "review it before you can accept it", ruleWords.errors(errors));
        }
        if (!store.accept(planId, seenVersion, user.id(), signature.strip())) {
            throw new ConflictException("Version " + seenVersion + " is no longer current; reload the plan");
        }
        access.recordChange(user, plan.clientId(), "PLAN_ACCEPTED", "PLAN", planId, "plan " + planId + " version " + seenVersion);
        return find(planId);
    }

    /** The plan if this user may read it (staff reads audited); 404 for another client's plan. */
    SessionPlan read(UUID planId, ReliefDeskUser user) {
        SessionPlan plan = find(planId);
        access.clinical(plan.clientId(), user, "READ_PLAN", "PLAN", planId);
        return plan;
    }

    SessionPlan find(UUID planId) {
        return store.find(planId).orElseThrow(() -> new NotFoundException("Plan"));
    }

    /** Case and spacing aside, the signature is the client's full name (CLINICAL.md section 7). */
    static boolean signs(String signature, String fullName) {
        return signature != null && normalise(signature).equals(normalise(fullName));
    }

    private static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static void checkSignature(String signature, Integer seenVersion, Client client) {
        var errors = new org.reliefdesk.shared.FieldErrors();
        errors.required("version", seenVersion);
        errors.required("signature", signature);
        if (signature != null && !signature.isBlank() && !signs(signature, client.fullName())) {
            errors.add("signature", "must be your full name as registered (case and spacing do not matter)");
        }
        errors.throwIfAny("The acceptance is not complete");
    }

    private Latest allowedLatest(UUID clientId) {
        Latest latest = records.latest(clientId).orElseThrow(NoPlan::noIntake);
        RuleViolationException refusal = NoPlan.unlessAllowed(latest.context().screening());
        if (refusal != null) {
            throw refusal;
        }
        return latest;
    }

    private void clinician(UUID clientId, ReliefDeskUser user) {
        access.profile(clientId, user);
        if (!user.isClinician()) {
            throw new ForbiddenException("Only a therapist shapes session plans");
        }
    }

    private Service service(String code) {
        String wanted = code == null || code.isBlank() ? DEFAULT_SERVICE : code.strip();
        Service service = services.find(wanted).orElseThrow(() ->
                RuleViolationException.of("serviceCode", "unknown service " + wanted));
        if (!service.active()) {
            throw RuleViolationException.of("serviceCode", "the service " + wanted + " is no longer offered");
        }
        return service;
    }

    private static List<PlanBlock> numbered(List<PlanBlock> blocks) {
        if (blocks == null) {
            return List.of();
        }
        java.util.ArrayList<PlanBlock> result = new java.util.ArrayList<>();
        for (PlanBlock block : blocks) {
            result.add(block == null ? null : block.numbered(result.size() + 1));
        }
        return result;
    }
}

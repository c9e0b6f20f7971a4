package org.reliefdesk.planning.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.planning.internal.PlanComments.PlanComment;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Session plans over the API (API.md "Session plans"); reads and changes are audited. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Session plans")
class PlansApi {

    private final SessionPlans plans;
    private final PlanStore store;
    private final PlanComments comments;
    private final PlanPdf pdf;
    private final ClientAccess access;
    private final Catalogue catalogue;
    private final RuleWords words;

    PlansApi(SessionPlans plans, PlanStore store, PlanComments comments, PlanPdf pdf, ClientAccess access,
            Catalogue catalogue, RuleWords words) {
        this.words = words;
        this.catalogue = catalogue;
        this.plans = plans;
        this.store = store;
        this.comments = comments;
        this.pdf = pdf;
        this.access = access;
    }

    @PostMapping("/clients/{id}/plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a plan (THERAPIST) from the latest intake and screening; older plans are superseded")
    PlanView propose(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody(required = false) ProposeRequest body) {
        return view(plans.propose(id, body == null ? null : body.serviceCode(), user));
    }

    @GetMapping("/clients/{id}/plans")
    @Operation(summary = "The client's plans, newest first")
    Paged<PlanView> list(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        access.clinical(id, user, "READ_PLANS", "PLAN", null);
        return store.list(id, PageParams.of(page, size)).map(this::view);
    }

    @GetMapping("/plans/{id}")
    PlanView get(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        return view(plans.read(id, user));
    }

    @GetMapping("/plans/{id}/versions/{version}")
    @Operation(summary = "One saved version, e.g. the accepted one, with its signature")
    VersionView version(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @PathVariable int version) {
        SessionPlan plan = plans.read(id, user);
        PlanVersion saved = store.version(id, version).orElseThrow(() -> new NotFoundException("Plan version"));
        return VersionView.of(plan, saved);
    }

    /**
     * One version in the plan's shape: {@code status} is ACCEPTED for a version the client accepted, the plan's
     * status for its current version, and SUPERSEDED for an earlier version that was replaced before acceptance.
     */
    record VersionView(UUID id, PlanStatus status, int version, int totalMinutes, UUID intakeId, Instant savedAt,
            String savedBy, Instant acceptedAt, String signature, boolean inForce, List<PlanBlock> blocks) {

        static VersionView of(SessionPlan plan, PlanVersion v) {
            PlanStatus status = v.accepted() ? PlanStatus.ACCEPTED
                    : v.version() == plan.version() ? plan.status() : PlanStatus.SUPERSEDED;
            return new VersionView(plan.id(), status, v.version(), v.totalMinutes(), v.intakeId(), v.savedAt(),
                    v.savedBy(), v.acceptedAt(), v.signature(), Integer.valueOf(v.version()).equals(plan.inForceVersion()),
                    v.blocks());
        }
    }

    @PutMapping("/plans/{id}")
    @Operation(summary = "Save an edit (THERAPIST): 422 for broken rules, 409 for a stale version or a superseded plan."
            + " Blocks are taken in array order and renumbered from 1")
    PlanView edit(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, @RequestBody EditRequest body) {
        return view(plans.edit(id, body.version(), body.blocks(), user));
    }

    @PostMapping("/plans/{id}/accept")
    @Operation(summary = "The client accepts the version they read with their full name typed as signature")
    PlanView accept(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody AcceptRequest body) {
        return view(plans.accept(id, body.signature(), body.version(), user));
    }

    @GetMapping(value = "/plans/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The printable plan (current version, or ?version=n)")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) Integer version) {
        return PlanPdf.response(pdf.render(plans.read(id, user), version), id);
    }

    @PostMapping("/plans/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask for changes (the client) or answer (a therapist)")
    PlanComment comment(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody CommentRequest body) {
        return comments.add(id, body.text(), user);
    }

    @GetMapping("/plans/{id}/comments")
    Paged<PlanComment> comments(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return comments.list(id, PageParams.of(page, size), user);
    }

    @GetMapping("/planning/catalogue")
    @Operation(summary = "The techniques (with the modality that restricts them), body areas and evidence a plan uses")
    CatalogueView catalogue() {
        return new CatalogueView(catalogue.techniques(), catalogue.areas(), catalogue.evidence());
    }

    private PlanView view(SessionPlan plan) {
        List<String> reasons = words.reasons(plan).stream().map(RuleWords.Shown::text).toList();
        return PlanView.of(plan, store.blocks(plan.id(), plan.version()), reasons);
    }

    record CatalogueView(List<Technique> techniques, List<BodyArea> areas, List<Evidence> evidence) {
    }

    record ProposeRequest(String serviceCode) {
    }

    record EditRequest(Integer version, List<PlanBlock> blocks) {
    }

    record AcceptRequest(String signature, Integer version) {
    }

    record CommentRequest(String text) {
    }
}

package org.reliefdesk.planning.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.screening.Screening;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan in plain words: the client reads it, asks for changes and accepts it; anyone allowed prints it. */
@Controller
class PlanReviewPages {

    private final SessionPlans plans;
    private final PlanStore store;
    private final PlanComments comments;
    private final PlanPdf pdf;
    private final Catalogue catalogue;
    private final ClientAccess access;
    private final Clients clients;
    private final Services services;
    private final ClientRecords records;
    private final PageWords words;

    PlanReviewPages(SessionPlans plans, PlanStore store, PlanComments comments, PlanPdf pdf, Catalogue catalogue,
            ClientAccess access, Clients clients, Services services, ClientRecords records, PageWords words) {
        this.records = records;
        this.words = words;
        this.plans = plans;
        this.store = store;
        this.comments = comments;
        this.pdf = pdf;
        this.catalogue = catalogue;
        this.access = access;
        this.clients = clients;
        this.services = services;
    }

    /** The signed-in client's newest plan. */
    @GetMapping("/plan")
    String mine(@AuthenticationPrincipal ReliefDeskUser user) {
        UUID clientId = access.self(user).id();
        return store.newest(clientId).map(p -> "redirect:/plans/" + p.id()).orElse("planning/none");
    }

    @GetMapping("/plans/{id}")
    String review(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) Integer version, Model model) {
        fill(model, plans.read(id, user), version, user);
        return "planning/review";
    }

    @PostMapping("/plans/{id}/accept")
    String accept(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String signature, @RequestParam(required = false) Integer version,
            Model model, RedirectAttributes redirect) {
        try {
            SessionPlan plan = plans.accept(id, signature, version, user);
            redirect.addFlashAttribute("message", words.get("planning.review.accepted.flash", plan.version()));
            return "redirect:/plans/" + id;
        } catch (RuleViolationException e) {
            Map<String, String> errors = FormErrors.of(e);
            model.addAttribute("errors", signatureErrors(errors, signature));
            model.addAttribute("problem", errors.containsKey("signature") ? words.get("planning.review.accept.incomplete")
                    : e.properties().containsKey("reason") ? words.refusal(e) : words.get("planning.review.noLongerFits"));
        } catch (ConflictException e) {
            model.addAttribute("problem", words.get("planning.review.conflict"));
        }
        model.addAttribute("signature", signature);
        fill(model, plans.read(id, user), null, user);
        return "planning/review";
    }

    @PostMapping("/plans/{id}/comments")
    String comment(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String text, Model model, RedirectAttributes redirect) {
        try {
            comments.add(id, text, user);
            redirect.addFlashAttribute("message", words.get(user.isClient()
                    ? "planning.review.changes.sent" : "planning.review.changes.added"));
            return "redirect:/plans/" + id + "#comments";
        } catch (RuleViolationException e) {
            model.addAttribute("errors", Map.of("text", words.get("planning.review.changes.invalid",
                    String.valueOf(PlanComments.MAX_TEXT))));
        } catch (ConflictException e) {
            model.addAttribute("problem", words.get("planning.review.conflict"));
        }
        model.addAttribute("text", text);
        fill(model, plans.read(id, user), null, user);
        return "planning/review";
    }

    @GetMapping("/plans/{id}.pdf")
    ResponseEntity<byte[]> print(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) Integer version) {
        return PlanPdf.response(pdf.render(plans.read(id, user), version), id);
    }

    /** The signature's errors in the reader's words: required, or not the registered name. */
    private Map<String, String> signatureErrors(Map<String, String> errors, String signature) {
        if (!errors.containsKey("signature")) {
            return errors;
        }
        Map<String, String> worded = new LinkedHashMap<>(errors);
        worded.put("signature", words.get(signature == null || signature.isBlank()
                ? "planning.review.accept.required" : "planning.review.accept.mismatch"));
        return worded;
    }

    private void fill(Model model, SessionPlan plan, Integer version, ReliefDeskUser user) {
        int shown = version == null ? plan.version() : version;
        PlanVersion saved = store.version(plan.id(), shown).orElseThrow(() -> new NotFoundException("Plan version"));
        model.addAttribute("plan", plan);
        model.addAttribute("shown", saved);
        model.addAttribute("reading", PlanReading.of(catalogue, saved.version(), saved.blocks()));
        model.addAttribute("client", clients.find(plan.clientId()).orElseThrow());
        model.addAttribute("service", services.find(plan.serviceCode()).orElseThrow());
        model.addAttribute("canAccept", user.isClient() && saved.version() == plan.version()
                && plan.status() == PlanStatus.PROPOSED);
        model.addAttribute("comments", comments.list(plan.id(), PageParams.of(0, 100), user).items());
        Screening screening = records.latest(plan.clientId()).map(l -> l.context().screening()).orElse(null);
        model.addAttribute("care", saved.blocks().stream()
                .map(b -> PlainCare.of(catalogue, screening, b)).toList());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }
}

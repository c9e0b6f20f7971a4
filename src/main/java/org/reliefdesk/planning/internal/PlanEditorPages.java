package org.reliefdesk.planning.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The therapist's pages: a client's plans, proposing a plan, and the plan editor. */
@Controller
class PlanEditorPages {

    private final SessionPlans plans;
    private final PlanStore store;
    private final PlanComments comments;
    private final ClientAccess access;
    private final Services services;
    private final EditorModel editor;
    private final Clock clock;
    private final PageWords words;

    PlanEditorPages(SessionPlans plans, PlanStore store, PlanComments comments, ClientAccess access,
            Services services, EditorModel editor, Clock clock, PageWords words) {
        this.clock = clock;
        this.words = words;
        this.plans = plans;
        this.store = store;
        this.comments = comments;
        this.access = access;
        this.services = services;
        this.editor = editor;
    }

    @GetMapping("/clients/{id}/plans")
    String clientPlans(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("client", access.clinical(id, user, "READ_PLANS", "PLAN", null));
        model.addAttribute("plans", store.list(id, PageParams.of(page, 20)));
        model.addAttribute("services", services.all().stream().filter(s -> s.active()).toList());
        model.addAttribute("serviceNames", services.all().stream()
                .collect(Collectors.toMap(s -> s.code(), s -> s.name(), (a, b) -> a)));
        model.addAttribute("zone", clock.getZone());
        return "planning/client-plans";
    }

    @PostMapping("/clients/{id}/plans")
    String propose(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String serviceCode, RedirectAttributes redirect) {
        try {
            SessionPlan plan = plans.propose(id, serviceCode, user);
            redirect.addFlashAttribute("message", words.get("planning.plans.proposed"));
            return "redirect:/plans/" + plan.id() + "/edit";
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", words.refusal(e));
            return "redirect:/clients/" + id + "/plans";
        }
    }

    @GetMapping("/plans/{id}/edit")
    String edit(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, Model model) {
        SessionPlan plan = therapistRead(id, user);
        editor.fill(model, plan, PlanForm.of(plan.version(), store.blocks(id, plan.version())), Map.of(), -1);
        model.addAttribute("comments", comments.list(id, PageParams.of(0, 50), user).items());
        return "planning/edit";
    }

    @PostMapping("/plans/{id}/edit")
    String save(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @ModelAttribute("form") PlanForm form, BindingResult binding, @RequestParam(required = false) String op,
            Model model, RedirectAttributes redirect) {
        SessionPlan plan = therapistRead(id, user);
        model.addAttribute("comments", comments.list(id, PageParams.of(0, 50), user).items());
        if (op != null && !op.equals("save")) {
            editor.fill(model, plan, form, Map.of(), form.apply(op));
            return "planning/edit";
        }
        if (binding.hasErrors()) {
            editor.fill(model, plan, form, EditorModel.bindingErrors(binding, words.get("planning.editor.wholeNumber")), -1);
            return "planning/edit";
        }
        try {
            SessionPlan saved = plans.edit(id, form.getVersion(), form.toBlocks(), user);
            redirect.addFlashAttribute("message", words.get("planning.editor.saved", saved.version()));
            return "redirect:/plans/" + id + "/edit";
        } catch (RuleViolationException e) {
            editor.fill(model, plan, form, FormErrors.of(e), -1);
            model.addAttribute("problem", e.properties().containsKey("reason") ? words.refusal(e)
                    : words.get("planning.editor.notSaved", e.errors().size()));
        } catch (ConflictException e) {
            editor.fill(model, plan, form, Map.of(), -1);
            model.addAttribute("problem", words.get("planning.editor.conflict"));
            model.addAttribute("stale", true);
        }
        return "planning/edit";
    }

    private SessionPlan therapistRead(UUID id, ReliefDeskUser user) {
        SessionPlan plan = plans.read(id, user);
        if (!user.isClinician()) {
            throw new ForbiddenException("Only a therapist edits session plans");
        }
        return plan;
    }

    static List<String> phases() {
        return java.util.Arrays.stream(Phase.values()).map(Enum::name).toList();
    }
}

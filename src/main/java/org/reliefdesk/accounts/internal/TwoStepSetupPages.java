package org.reliefdesk.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Setting two-step verification up (the secret and recovery codes shown once) and switching it off. */
@Controller
class TwoStepSetupPages {

    private final TwoFactor twoFactor;
    private final SignedInPeople people;

    TwoStepSetupPages(TwoFactor twoFactor, SignedInPeople people) {
        this.twoFactor = twoFactor;
        this.people = people;
    }

    @GetMapping("/profile/two-step")
    String page(@AuthenticationPrincipal ReliefDeskUser user, HttpServletRequest request, Model model) {
        model.addAttribute("twoStepOn", twoFactor.enabled(user.id()));
        model.addAttribute("required", request.getSession().getAttribute(SignInSuccess.SETUP_REQUIRED) != null);
        return "accounts/two-step";
    }

    @PostMapping("/profile/two-step/start")
    String start(@AuthenticationPrincipal ReliefDeskUser user, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        try {
            model.addAttribute("setup", twoFactor.begin(user.id(), user.email()));
        } catch (ConflictException e) {
            return "redirect:/profile/two-step";
        }
        return page(user, request, model);
    }

    @PostMapping("/profile/two-step/confirm")
    String confirm(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String code,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            twoFactor.confirm(user.id(), code);
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("setup", twoFactor.pending(user.id(), user.email()));
            return page(user, request, model);
        } catch (ConflictException e) {
            return "redirect:/profile/two-step";
        }
        request.getSession().removeAttribute(SignInSuccess.SETUP_REQUIRED);
        people.refresh(user, request, response);
        redirect.addFlashAttribute("notice", AccountMessages.get("twoStep.on"));
        return "redirect:/profile";
    }

    @PostMapping("/profile/two-step/off")
    String off(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String code,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            twoFactor.disable(user.id(), code);
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return page(user, request, model);
        } catch (ConflictException e) {
            return "redirect:/profile/two-step";
        }
        people.refresh(user, request, response);
        redirect.addFlashAttribute("notice", AccountMessages.get("twoStep.off"));
        return "redirect:/profile";
    }
}

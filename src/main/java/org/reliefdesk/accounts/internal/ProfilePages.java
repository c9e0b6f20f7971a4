package org.reliefdesk.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.ProfileFields;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My profile" for everyone: name (staff; clients edit theirs with their details), language, password. */
@Controller
class ProfilePages {

    private final Accounts accounts;
    private final TwoFactor twoFactor;
    private final SignedInPeople people;

    ProfilePages(Accounts accounts, TwoFactor twoFactor, SignedInPeople people) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.people = people;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal ReliefDeskUser user, Model model) {
        model.addAttribute("language", accounts.preferredLanguage(user.id()));
        model.addAttribute("twoStepOn", twoFactor.enabled(user.id()));
        return "accounts/profile";
    }

    /** Where the client's own details page (clients module) returns after a save: the session learns the new name. */
    @GetMapping("/profile/refresh")
    String refresh(@AuthenticationPrincipal ReliefDeskUser user, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        people.refresh(user, request, response);
        redirect.addFlashAttribute("notice", AccountMessages.get("profile.saved"));
        return "redirect:/profile";
    }

    @PostMapping("/profile/details")
    String details(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String preferredLanguage, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        FieldErrors errors = new FieldErrors();
        String name = user.isStaff() ? fullName : null;
        if (name != null) {
            ProfileFields.name(errors, "fullName", name);
        }
        String language = preferredLanguage == null || preferredLanguage.isBlank() ? null : preferredLanguage;
        ProfileFields.language(errors, "preferredLanguage", language);
        try {
            errors.throwIfAny();
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return profile(user, model);
        }
        accounts.updateProfile(user.id(), name, null, language, null);
        people.refresh(user, request, response);
        redirect.addFlashAttribute("notice", AccountMessages.get("profile.saved"));
        return "redirect:/profile";
    }

    @PostMapping("/profile/password")
    String password(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        try {
            accounts.changePassword(user.id(), currentPassword, newPassword, request.getSession().getId());
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return profile(user, model);
        }
        redirect.addFlashAttribute("notice", AccountMessages.get("profile.passwordChanged"));
        return "redirect:/profile";
    }
}

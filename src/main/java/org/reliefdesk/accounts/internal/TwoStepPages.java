package org.reliefdesk.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.reliefdesk.audit.AuditLog;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second sign-in step: the code from the app (or a recovery code) after the password. */
@Controller
class TwoStepPages {

    static final int ATTEMPTS = 5;
    private static final String FAILURES = "reliefdesk.twoStepFailures";

    private final TwoFactor twoFactor;
    private final SignedInPeople people;
    private final AuditLog audit;

    TwoStepPages(TwoFactor twoFactor, SignedInPeople people, AuditLog audit) {
        this.twoFactor = twoFactor;
        this.people = people;
        this.audit = audit;
    }

    @GetMapping("/login/code")
    String form() {
        return pending() == null ? "redirect:/" : "accounts/code";
    }

    @PostMapping("/login/code")
    String verify(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        PendingSecondStep pending = pending();
        if (pending == null) {
            return "redirect:/";
        }
        HttpSession session = request.getSession();
        if (twoFactor.verify(pending.user().id(), code)) {
            session.removeAttribute(FAILURES);
            request.changeSessionId();
            people.signIn(pending.user(), pending.getDetails(), request, response);
            audit.record(pending.user().email(), pending.user().role().name(), "LOGIN_SECOND_STEP", null, null);
            return "redirect:/";
        }
        int failures = session.getAttribute(FAILURES) instanceof Integer n ? n + 1 : 1;
        audit.record(pending.user().email(), pending.user().role().name(), "LOGIN_SECOND_STEP_FAILED", null, null);
        if (failures >= ATTEMPTS) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            return "redirect:/login?error";
        }
        session.setAttribute(FAILURES, failures);
        model.addAttribute("wrong", true);
        return "accounts/code";
    }

    private static PendingSecondStep pending() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondStep p ? p : null;
    }
}

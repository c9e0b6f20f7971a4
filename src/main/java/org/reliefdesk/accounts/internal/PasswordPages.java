package org.reliefdesk.accounts.internal;

import java.util.Map;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.reliefdesk.accounts.AccountLinks;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** "Forgot your password?", the reset link and the invitation link — pages and API. */
@Controller
@Tag(name = "Accounts")
class PasswordPages {

    private final AccountLinks links;

    PasswordPages(AccountLinks links) {
        this.links = links;
    }

    @GetMapping("/password/forgot")
    String forgotForm() {
        return "accounts/forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(@RequestParam(required = false) String email, Model model) {
        links.requestReset(email);
        model.addAttribute("sent", true);
        return "accounts/forgot";
    }

    /** The form posts to its own path without a query, so the token arrives once (from the hidden field). */
    @GetMapping({"/password/reset", "/invitation"})
    String choose(@RequestParam(required = false) String token, HttpServletRequest request, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("action", request.getServletPath());
        return "accounts/choose-password";
    }

    @PostMapping({"/password/reset", "/invitation"})
    String setPassword(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
            HttpServletRequest request, Model model) {
        try {
            links.setPassword(token, password);
            return "redirect:/login?passwordSet";
        } catch (RuleViolationException e) {
            model.addAttribute("token", token);
            model.addAttribute("action", request.getServletPath());
            model.addAttribute("errors", FormErrors.of(e));
            return "accounts/choose-password";
        }
    }

    @PostMapping("/api/v1/password/forgot")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ResponseBody
    Accepted forgotApi(@RequestBody ForgotRequest body) {
        links.requestReset(body.email());
        return new Accepted("If an account uses this address, a reset link is on its way.");
    }

    @PostMapping("/api/v1/password/reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetApi(@RequestBody ResetRequest body) {
        links.setPassword(body.token(), body.password());
    }

    record ForgotRequest(String email) {
    }

    record ResetRequest(String token, String password) {
    }

    /** The same answer whether or not the address has an account. */
    record Accepted(@org.jspecify.annotations.NonNull String message) {
    }
}

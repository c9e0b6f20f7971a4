package org.reliefdesk.clients.internal;

import java.util.Map;

import org.reliefdesk.clients.Clients;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** A new client creates their own account. */
@Controller
class RegistrationPages {

    private final Clients clients;
    private final MessageSource messages;

    RegistrationPages(Clients clients, MessageSource messages) {
        this.clients = clients;
        this.messages = messages;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("form", new ClientForm());
        return "clients/register";
    }

    @PostMapping("/register")
    String register(@ModelAttribute("form") ClientForm form, Model model) {
        try {
            clients.register(form.toRequest(), null);
            return "redirect:/login?registered";
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e));
        } catch (ConflictException e) {
            model.addAttribute("errors", Map.of("email", messages.getMessage("clients.register.emailTaken", null,
                    LocaleContextHolder.getLocale())));
        }
        return "clients/register";
    }
}

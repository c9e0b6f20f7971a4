package org.reliefdesk.clients.internal;

import java.util.Map;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.clients.Clients.NewClient;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The front desk adds a client with name, date of birth, phone and email; the client is invited by email to set a
 * password and complete the intake, and the desk lands on the client's quick view with a "Book a time" link.
 */
@Controller
class NewClientPages {

    private final Clients clients;
    private final MessageSource messages;

    NewClientPages(Clients clients, MessageSource messages) {
        this.clients = clients;
        this.messages = messages;
    }

    @GetMapping("/clients/new")
    String form(@AuthenticationPrincipal ReliefDeskUser user, Model model) {
        requireMayCreate(user);
        model.addAttribute("form", new ClientForm());
        return "clients/new";
    }

    /** {@code POST /clients} is the older address of the same form (it may carry a password: then no invitation). */
    @PostMapping({"/clients/new", "/clients"})
    String create(@AuthenticationPrincipal ReliefDeskUser user, @ModelAttribute("form") ClientForm form, Model model,
            RedirectAttributes redirect) {
        requireMayCreate(user);
        try {
            NewClient request = form.toRequest(message("clients.details.badDate"));
            Client client = clients.register(request, user.id());
            if (request.password() == null || request.password().isEmpty()) {
                redirect.addFlashAttribute("invited", client.email());
            }
            return "redirect:/clients/" + client.id() + "/quick";
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e));
        } catch (ConflictException e) {
            model.addAttribute("errors", Map.of("email", message("clients.new.emailTaken")));
        }
        return "clients/new";
    }

    static boolean mayCreate(ReliefDeskUser user) {
        return user.role() == Role.FRONT_DESK || user.isAdmin();
    }

    private static void requireMayCreate(ReliefDeskUser user) {
        if (!mayCreate(user)) {
            throw new ForbiddenException("Only front desk and administrators add clients");
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}

package org.reliefdesk.clients.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.shared.TypedFields;
import org.reliefdesk.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A client edits their own details (part of "My profile"); the session then learns the new name. */
@Controller
class ClientDetailsPages {

    private final Clients clients;
    private final ClientAccess access;
    private final MessageSource messages;

    ClientDetailsPages(Clients clients, ClientAccess access, MessageSource messages) {
        this.clients = clients;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/profile/client")
    String form(@AuthenticationPrincipal ReliefDeskUser user, Model model) {
        Client client = access.self(user);
        model.addAttribute("details", new Details(client.fullName(), client.phone(), client.email(),
                String.valueOf(client.dateOfBirth())));
        return "clients/details";
    }

    @PostMapping("/profile/client")
    String save(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String email,
            @RequestParam(required = false) String dateOfBirth, HttpServletRequest request, Model model) {
        Client client = access.self(user);
        Details typed = new Details(fullName, phone, email, dateOfBirth);
        try {
            var dob = TypedFields.date(dateOfBirth).orElse(null);
            if (dob == null) {
                throw new RuleViolationException("Invalid date", java.util.List.of(new FieldError("dateOfBirth",
                        messages.getMessage("clients.details.badDate", null, LocaleContextHolder.getLocale()))));
            }
            clients.update(client.id(), new Clients.ProfileChange(fullName == null ? "" : fullName,
                    phone == null ? "" : phone, email == null ? "" : email, dob, null), request.getSession().getId());
            return "redirect:/profile/refresh";
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e));
        } catch (ConflictException e) {
            model.addAttribute("errors", Map.of("email",
                    messages.getMessage("clients.details.emailTaken", null, LocaleContextHolder.getLocale())));
        }
        model.addAttribute("details", typed);
        return "clients/details";
    }

    record Details(String fullName, String phone, String email, String dateOfBirth) {
    }
}

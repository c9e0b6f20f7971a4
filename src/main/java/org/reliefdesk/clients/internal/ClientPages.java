package org.reliefdesk.clients.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.ClientPanel;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.clients.ScreeningStatusLookup;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff find and add clients; the client page composes the other modules' panels. */
@Controller
class ClientPages {

    private final Clients clients;
    private final ClientAccess access;
    private final ObjectProvider<ScreeningStatusLookup> screening;
    private final List<ClientPanel> panels;

    ClientPages(Clients clients, ClientAccess access, ObjectProvider<ScreeningStatusLookup> screening,
            List<ClientPanel> panels) {
        this.clients = clients;
        this.access = access;
        this.screening = screening;
        this.panels = panels.stream().sorted(Comparator.comparingInt(ClientPanel::order)).toList();
    }

    @GetMapping("/clients")
    String search(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String query,
            @RequestParam(required = false) Integer page, Model model) {
        requireStaff(user);
        model.addAttribute("query", query);
        model.addAttribute("results", clients.search(query, PageParams.of(page, 25)).map(this::row));
        model.addAttribute("form", new ClientForm());
        model.addAttribute("mayCreate", mayCreate(user));
        return "clients/search";
    }

    @PostMapping("/clients")
    String create(@AuthenticationPrincipal ReliefDeskUser user, @ModelAttribute("form") ClientForm form, Model model,
            RedirectAttributes redirect) {
        if (!mayCreate(user)) {
            throw new ForbiddenException("Only front desk and administrators add clients");
        }
        try {
            Client client = clients.register(form.toRequest(), user.id());
            redirect.addFlashAttribute("notice", client.fullName() + " was added.");
            return "redirect:/clients/" + client.id();
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e));
        } catch (ConflictException e) {
            model.addAttribute("errors", Map.of("email", "An account with this email already exists."));
        }
        model.addAttribute("results", clients.search(null, PageParams.of(0, 25)).map(this::row));
        model.addAttribute("mayCreate", true);
        return "clients/search";
    }

    @GetMapping("/clients/{id}")
    String profile(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, Model model) {
        Client client = access.profile(id, user);
        model.addAttribute("client", client);
        model.addAttribute("status", statusOf(client.id()));
        model.addAttribute("panels", panels.stream().map(p -> p.panel(client, user).orElse(null))
                .filter(Objects::nonNull).toList());
        return "clients/profile";
    }

    private Row row(Client client) {
        return new Row(client, statusOf(client.id()));
    }

    private String statusOf(UUID clientId) {
        ScreeningStatusLookup lookup = screening.getIfAvailable();
        return lookup == null ? ScreeningStatusLookup.NO_INTAKE : lookup.statusOf(clientId);
    }

    private static boolean mayCreate(ReliefDeskUser user) {
        return user.role() == Role.FRONT_DESK || user.isAdmin();
    }

    private static void requireStaff(ReliefDeskUser user) {
        if (!user.isStaff()) {
            throw new ForbiddenException("Only staff search clients");
        }
    }

    record Row(Client client, String status) {
    }
}

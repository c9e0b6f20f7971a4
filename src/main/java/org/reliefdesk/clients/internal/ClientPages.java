package org.reliefdesk.clients.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientClosures;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.ClientPanel;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.clients.NextAppointments;
import org.reliefdesk.clients.NextAppointments.NextAppointment;
import org.reliefdesk.clients.ScreeningStatusLookup;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff find clients (date of birth, contact, next appointment shown to tell same names apart); the client page
 * composes the other modules' panels.
 */
@Controller
class ClientPages {

    private final Clients clients;
    private final ClientAccess access;
    private final ObjectProvider<ScreeningStatusLookup> screening;
    private final ObjectProvider<NextAppointments> nextAppointments;
    private final List<ClientPanel> panels;
    private final ClientClosures closures;

    ClientPages(Clients clients, ClientAccess access, ObjectProvider<ScreeningStatusLookup> screening,
            ObjectProvider<NextAppointments> nextAppointments, List<ClientPanel> panels, ClientClosures closures) {
        this.closures = closures;
        this.clients = clients;
        this.nextAppointments = nextAppointments;
        this.access = access;
        this.screening = screening;
        this.panels = panels.stream().sorted(Comparator.comparingInt(ClientPanel::order)).toList();
    }

    @GetMapping("/clients")
    String search(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String query,
            @RequestParam(required = false) Integer page, Model model) {
        requireStaff(user);
        Paged<Client> found = clients.search(query, LocaleContextHolder.getLocale(), PageParams.of(page, 25));
        NextAppointments lookup = nextAppointments.getIfAvailable();
        Map<UUID, NextAppointment> next = lookup == null ? Map.of()
                : lookup.of(found.items().stream().map(Client::id).toList());
        model.addAttribute("query", query);
        model.addAttribute("results", found.map(c -> new Row(c, statusOf(c.id()), next.get(c.id()))));
        model.addAttribute("mayCreate", NewClientPages.mayCreate(user));
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

    /** The screening status, or CLOSED ("Account closed") instead of bookable once the account is closed. */
    private String statusOf(UUID clientId) {
        if (closures.isClosed(clientId)) {
            return "CLOSED";
        }
        ScreeningStatusLookup lookup = screening.getIfAvailable();
        return lookup == null ? ScreeningStatusLookup.NO_INTAKE : lookup.statusOf(clientId);
    }

    private static void requireStaff(ReliefDeskUser user) {
        if (!user.isStaff()) {
            throw new ForbiddenException("Only staff search clients");
        }
    }

    /** A search hit: the client, their screening status and their next appointment (null: none). */
    record Row(Client client, String status, NextAppointment next) {
    }
}

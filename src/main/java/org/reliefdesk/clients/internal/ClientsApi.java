package org.reliefdesk.clients.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.clients.Clients.NewClient;
import org.reliefdesk.clients.NextAppointments;
import org.reliefdesk.clients.NextAppointments.NextAppointment;
import org.reliefdesk.clients.ScreeningStatusLookup;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registration, client creation by staff, search and profile. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "People")
class ClientsApi {

    private final Clients clients;
    private final ClientAccess access;
    private final ObjectProvider<ScreeningStatusLookup> screening;
    private final Accounts accounts;
    private final ObjectProvider<NextAppointments> nextAppointments;

    ClientsApi(Clients clients, ClientAccess access, ObjectProvider<ScreeningStatusLookup> screening,
            Accounts accounts, ObjectProvider<NextAppointments> nextAppointments) {
        this.clients = clients;
        this.nextAppointments = nextAppointments;
        this.access = access;
        this.screening = screening;
        this.accounts = accounts;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    Created register(@RequestBody NewClient body) {
        return Created.of(clients.register(body, null));
    }

    @PostMapping("/clients")
    @ResponseStatus(HttpStatus.CREATED)
    Created create(@AuthenticationPrincipal ReliefDeskUser user, @RequestBody NewClient body) {
        if (user.role() != Role.FRONT_DESK && !user.isAdmin()) {
            throw new ForbiddenException("Only front desk and administrators create clients");
        }
        return Created.of(clients.register(body, user.id()));
    }

    @GetMapping("/clients")
    @Operation(summary = "Staff search by name, email, phone (digits compared) or date of birth (YYYY-MM-DD or in the "
            + "reader's order); each hit with its next appointment")
    Paged<Hit> search(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String query,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (!user.isStaff()) {
            throw new ForbiddenException("Only staff search clients");
        }
        Paged<Client> found = clients.search(query, LocaleContextHolder.getLocale(), PageParams.of(page, size));
        NextAppointments lookup = nextAppointments.getIfAvailable();
        Map<UUID, NextAppointment> next = lookup == null ? Map.of()
                : lookup.of(found.items().stream().map(Client::id).toList());
        return found.map(client -> Hit.of(profile(client), next.get(client.id())));
    }

    @GetMapping("/clients/{id}")
    FullProfile get(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        return fullProfile(access.profile(id, user));
    }

    @PutMapping("/clients/{id}")
    @Operation(summary = "Edit the profile (the client themself, FRONT_DESK, ADMIN; fields left out stay); "
            + "an email already in use is a 409")
    FullProfile update(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody Clients.ProfileChange body) {
        String emailBefore = access.profile(id, user).email();
        if (user.role() == Role.THERAPIST) {
            throw new ForbiddenException("Therapists do not edit client profiles");
        }
        Client updated = clients.update(id, body, null);
        if (user.isStaff()) {
            access.recordChange(user, id, "PROFILE_UPDATED", "CLIENT", id, null);
            if (!updated.email().equalsIgnoreCase(emailBefore)) {
                // a sign-in name changed by someone else: nothing signed in under the old one stays signed in
                accounts.signOutEverywhere(updated.userId(), null);
            }
        }
        return fullProfile(updated);
    }

    private FullProfile fullProfile(Client client) {
        Profile p = profile(client);
        return new FullProfile(p.id(), p.email(), p.fullName(), p.dateOfBirth(), p.phone(), p.screeningStatus(),
                accounts.preferredLanguage(client.userId()));
    }

    private Profile profile(Client client) {
        ScreeningStatusLookup lookup = screening.getIfAvailable();
        String status = lookup == null ? ScreeningStatusLookup.NO_INTAKE : lookup.statusOf(client.id());
        return new Profile(client.id(), client.email(), client.fullName(), client.dateOfBirth(), client.phone(), status);
    }

    record Created(UUID id, String email, String fullName) {
        static Created of(Client client) {
            return new Created(client.id(), client.email(), client.fullName());
        }
    }

    record Profile(UUID id, String email, String fullName, LocalDate dateOfBirth, String phone,
            String screeningStatus) {
    }

    /** A search hit: the profile's fields and the next appointment (null: none ahead). */
    record Hit(UUID id, String email, String fullName, LocalDate dateOfBirth, String phone, String screeningStatus,
            Next nextAppointment) {
        static Hit of(Profile p, NextAppointment next) {
            return new Hit(p.id(), p.email(), p.fullName(), p.dateOfBirth(), p.phone(), p.screeningStatus(),
                    next == null ? null : new Next(next.start(), next.therapistName()));
        }
    }

    /** When (with the location's offset) and with whom. */
    record Next(OffsetDateTime start, String therapistName) {
    }

    /** One client's profile: the list item's fields and the language they chose (null: the browser's). */
    record FullProfile(UUID id, String email, String fullName, LocalDate dateOfBirth, String phone,
            String screeningStatus, String preferredLanguage) {
    }
}

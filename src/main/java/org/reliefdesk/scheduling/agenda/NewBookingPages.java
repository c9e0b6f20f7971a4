package org.reliefdesk.scheduling.agenda;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.clients.ScreeningStatusLookup;
import org.reliefdesk.scheduling.availability.ScheduleLoader;
import org.reliefdesk.scheduling.booking.ScreeningGate;
import org.reliefdesk.scheduling.practice.Display;
import org.reliefdesk.scheduling.practice.Ids;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.Roles;
import org.reliefdesk.services.Service;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A free cell of the book, clicked: the therapist and time fixed, a service to choose and a client to find (name,
 * date of birth, phone or email); each client found links to the booking's confirmation with everything filled
 * in. A client without a submitted intake is offered a hold instead; one whose screening blocks is told why.
 */
@Controller
class NewBookingPages {

    private final Locations locations;
    private final ScheduleLoader loader;
    private final BookSheets sheets;
    private final Clients clients;
    private final ScreeningGate gate;
    private final MessageSource messages;

    NewBookingPages(Locations locations, ScheduleLoader loader, BookSheets sheets, Clients clients,
            ScreeningGate gate, MessageSource messages) {
        this.locations = locations;
        this.messages = messages;
        this.loader = loader;
        this.sheets = sheets;
        this.clients = clients;
        this.gate = gate;
    }

    /**
     * A client found, with where "book" goes, or the start to hold for a client without an intake (posted to
     * the holds' {@code /book-online/choose}), or why neither: a problem of the screening.
     */
    record Found(Client client, String status, String book, String hold, String problem) {
    }

    @GetMapping("/schedule/new")
    String start(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam String location,
            @RequestParam String therapist, @RequestParam String start, @RequestParam(required = false) String service,
            @RequestParam(required = false) String q, Model model) {
        Roles.staff(user);
        if (user.role() == Role.THERAPIST) {
            throw new ForbiddenException("Front desk books for clients");
        }
        Location place = locations.find(Ids.parseOrNone(location)).orElseThrow(() -> new NotFoundException("Location"));
        UUID therapistId = Ids.parseOrNone(therapist);
        String name = loader.therapistNames(place.id()).get(therapistId);
        LocalDateTime at = time(start);
        if (name == null || at == null) {
            throw new NotFoundException("Free time");
        }
        List<Service> services = sheets.activeServices();
        Service chosen = services.stream().filter(s -> s.code().equals(service)).findFirst()
                .orElse(services.isEmpty() ? null : services.get(0));
        String offset = at.atZone(place.zone()).toOffsetDateTime().toString();
        model.addAttribute("location", place).addAttribute("therapistId", therapistId).addAttribute("therapistName", name)
                .addAttribute("start", at.toString()).addAttribute("day", at.toLocalDate().toString())
                .addAttribute("when", Display.dayAndTime(messages, at))
                .addAttribute("services", services).addAttribute("service", chosen).addAttribute("q", q)
                .addAttribute("startOffset", offset)
                .addAttribute("found", chosen == null ? List.of() : found(q, place, therapistId, chosen, offset));
        return "scheduling/book-new";
    }

    private List<Found> found(String q, Location place, UUID therapist, Service service, String start) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        List<Client> matches = clients.search(q, PageParams.of(0, 10)).items();
        Map<UUID, String> statuses = gate.statusesOf(matches.stream().map(Client::id).toList());
        return matches.stream().map(c -> {
            String status = statuses.getOrDefault(c.id(), ScreeningStatusLookup.NO_INTAKE);
            String confirm = "/book/confirm?clientId=" + c.id() + "&service=" + service.code() + "&location="
                    + place.id() + "&start=" + URLEncoder.encode(start, StandardCharsets.UTF_8) + "&therapistId=" + therapist;
            boolean noIntake = status.equals(ScreeningStatusLookup.NO_INTAKE);
            String problem = ScreeningGate.problem(status);
            return new Found(c, status, problem == null ? confirm : null, noIntake ? start : null,
                    noIntake ? null : problem);
        }).toList();
    }

    private static LocalDateTime time(String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

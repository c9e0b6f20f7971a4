package org.reliefdesk.scheduling.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.CancelReason;
import org.reliefdesk.scheduling.availability.SlotFinder.SlotView;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.reliefdesk.scheduling.availability.Requirements;
import org.reliefdesk.scheduling.availability.SlotFinder;
import org.reliefdesk.scheduling.practice.Display;
import org.reliefdesk.scheduling.practice.Ids;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;

/**
 * Booking in a few taps: service → day → free times ("any therapist" or by therapist) → confirm.
 * A client books for themself; front desk and admins open it for a client ({@code clientId}).
 */
@Controller
class BookingPages {

    private final Clients clients;
    private final ClientAccess access;
    private final Services services;
    private final Locations locations;
    private final Requirements requirements;
    private final SlotFinder finder;
    private final ScreeningGate gate;
    private final Booker booker;
    private final BookingChanges changes;
    private final Bookings bookings;
    private final Clock clock;
    private final MessageSource messages;

    BookingPages(Clients clients, ClientAccess access, Services services, Locations locations,
            Requirements requirements, SlotFinder finder, ScreeningGate gate, Booker booker, BookingChanges changes,
            Bookings bookings, Clock clock, MessageSource messages) {
        this.clients = clients;
        this.access = access;
        this.services = services;
        this.locations = locations;
        this.requirements = requirements;
        this.finder = finder;
        this.gate = gate;
        this.booker = booker;
        this.changes = changes;
        this.bookings = bookings;
        this.clock = clock;
        this.messages = messages;
    }

    /** A start and who may take it: the earliest therapist for "any", or one named therapist. */
    record Time(OffsetDateTime at, String start, UUID therapistId) {
    }

    @GetMapping("/book")
    String book(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String clientId,
            @RequestParam(required = false) String service, @RequestParam(required = false) String day,
            @RequestParam(required = false) String location, Model model) {
        Client client = client(user, clientId);
        Location place = place(location);
        model.addAttribute("client", client).addAttribute("forStaff", user.isStaff());
        model.addAttribute("upcoming", upcoming(client));
        if (place == null) {
            return "scheduling/book";
        }
        model.addAttribute("location", place).addAttribute("locations", locations.all());
        model.addAttribute("services", services.all().stream().filter(Service::active).toList());

        String status = gate.statusOf(client.id());
        String problem = ScreeningGate.problem(status);
        model.addAttribute("problem", problem).addAttribute("holdable",
                org.reliefdesk.clients.ScreeningStatusLookup.NO_INTAKE.equals(status));
        List<Service> active = services.all().stream().filter(Service::active).toList();
        Service chosen = service == null ? active.size() == 1 ? active.get(0) : null
                : services.find(service).filter(Service::active).orElse(null);
        if (problem == null && chosen != null) {
            day(model, place, chosen, client, day);
        }
        return "scheduling/book";
    }

    @GetMapping("/book/confirm")
    String confirm(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String clientId,
            @RequestParam String service, @RequestParam String location, @RequestParam String start,
            @RequestParam(required = false) String therapistId, Model model) {
        Client client = client(user, clientId);
        Location place = place(location);
        Service chosen = services.find(service).orElseThrow(() -> new NotFoundException("Service"));
        if (place == null) {
            throw new NotFoundException("Location");
        }
        model.addAttribute("client", client).addAttribute("location", place).addAttribute("service", chosen)
                .addAttribute("start", start).addAttribute("therapistId", therapistId)
                .addAttribute("at", OffsetDateTime.parse(start).atZoneSameInstant(place.zone()).toOffsetDateTime())
                .addAttribute("forStaff", user.isStaff())
                .addAttribute("therapistName", therapistNames(place).get(Ids.parse(therapistId)));
        return "scheduling/confirm";
    }

    @PostMapping("/book")
    String confirmed(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String clientId,
            @RequestParam String service, @RequestParam String location, @RequestParam String start,
            @RequestParam(required = false) String therapistId, RedirectAttributes redirect) {
        Client client = client(user, clientId);
        String back = "redirect:/book?service=" + service + "&location=" + location + "&day="
                + start.substring(0, 10) + (user.isStaff() ? "&clientId=" + client.id() : "");
        try {
            var booking = booker.book(user, new BookingRequest(client.id().toString(), location, service, start,
                    therapistId == null || therapistId.isBlank() ? null : therapistId));
            if (!user.isStaff()) {
                return "redirect:/sessions/" + booking.id() + "/booked";
            }
            redirect.addFlashAttribute("notice", say("booking.booked", format(booking.localStart(), "format.weekdayDateLong"),
                    format(booking.localStart(), "format.time"), booking.therapistName()));
            return "redirect:/schedule?location=" + location + "&day=" + start.substring(0, 10);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("warning", say("booking.taken"));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("warning", refusal(e, user.isStaff()));
        }
        return back;
    }

    @PostMapping("/book/{id}/cancel")
    String cancel(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            changes.cancel(id, user, CancelReason.CLIENT_REQUEST, null);
            redirect.addFlashAttribute("notice", say("booking.cancelled"));
        } catch (RuleViolationException | ConflictException e) {
            redirect.addFlashAttribute("warning", refusal(e, false));
        }
        return "redirect:/book";
    }

    /**
     * The chosen day (today when past or unreadable; when absent, the first of the days shown with a time the client
     * can take, so booking needs no tap on a day) and its free times.
     */
    private void day(Model model, Location place, Service chosen, Client client, String day) {
        LocalDate today = LocalDate.now(clock.withZone(place.zone()));
        LocalDate date = Display.parseDay(day, today);
        date = date.isBefore(today) ? today : date;
        LocalDate last = day == null ? today.plusDays(SessionWords.DAYS_SHOWN) : date.plusDays(1);
        var needs = requirements.of(chosen, client.id());
        List<SlotView> free = finder.freeFor(client.id(), place, chosen.minutes(), needs, null,
                date.atStartOfDay(place.zone()).toEpochSecond(), last.atStartOfDay(place.zone()).toEpochSecond());
        if (day == null && !free.isEmpty()) {
            date = OffsetDateTime.parse(free.get(0).start()).toLocalDate();
        }
        LocalDate shown = date;
        model.addAttribute("service", chosen).addAttribute("day", date);
        model.addAttribute("days", SessionWords.days(today));
        times(model, place, free.stream().filter(s -> OffsetDateTime.parse(s.start()).toLocalDate().equals(shown))
                .toList());
    }

    private void times(Model model, Location place, List<SlotView> free) {
        Map<String, Time> any = new LinkedHashMap<>();
        Map<UUID, List<Time>> byTherapist = new LinkedHashMap<>();
        for (SlotView slot : free) {
            OffsetDateTime at = OffsetDateTime.parse(slot.start());
            any.putIfAbsent(slot.start(), new Time(at, slot.start(), null));
            byTherapist.computeIfAbsent(slot.therapistId(), k -> new ArrayList<>())
                    .add(new Time(at, slot.start(), slot.therapistId()));
        }
        model.addAttribute("anyTimes", any.values());
        model.addAttribute("byTherapist", byTherapist);
        model.addAttribute("therapistNames", therapistNames(place));
    }

    private Map<UUID, String> therapistNames(Location place) {
        Map<UUID, String> names = new LinkedHashMap<>();
        finder.load(place, 15, new Requirements.Needs(java.util.Set.of(), false, null), null, 0, 1)
                .therapists().forEach(t -> names.put(t.id(), t.name()));
        return names;
    }

    private List<org.reliefdesk.scheduling.Booking> upcoming(Client client) {
        return bookings.list(new Bookings.Filter(Instant.now(clock), null, null, null, client.id(), BookingStatus.BOOKED),
                PageParams.of(0, 20)).items();
    }

    /** A refusal in the reader's words when the page has them, else the rule's own message. */
    private String refusal(RuntimeException e, boolean forStaff) {
        String key = SessionWords.refusalKey(e, forStaff);
        return key == null ? SessionWords.message(e) : say(key);
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private String format(OffsetDateTime at, String shapeKey) {
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(say(shapeKey), locale).format(at);
    }

    private Location place(String location) {
        UUID id = Ids.parse(location);
        return id == null ? locations.first().orElse(null) : locations.find(id).orElse(null);
    }

    private Client client(ReliefDeskUser user, String clientId) {
        if (user.isClient()) {
            return access.self(user);
        }
        if (user.role() == org.reliefdesk.accounts.Role.THERAPIST) {
            throw new ForbiddenException("Front desk books for clients");
        }
        return clients.find(Ids.parseOrNone(clientId)).orElseThrow(() -> new NotFoundException("Client"));
    }
}

package org.reliefdesk.scheduling.holds;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.clients.ScreeningStatusLookup;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.availability.Requirements;
import org.reliefdesk.scheduling.availability.SlotFinder;
import org.reliefdesk.scheduling.availability.SlotFinder.SlotView;
import org.reliefdesk.scheduling.booking.BookingRequest;
import org.reliefdesk.scheduling.booking.ScreeningGate;
import org.reliefdesk.scheduling.practice.Display;
import org.reliefdesk.scheduling.practice.Ids;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public booking page: services and free times of a location without signing in. Choosing a time keeps
 * it in the session and asks the visitor to register or sign in; then the time is held while they complete
 * the intake. The front desk holds a time the same way for a client without an intake ({@code clientId}).
 */
@Controller
class PublicBookingPages {

    private final Locations locations;
    private final Services services;
    private final Requirements requirements;
    private final SlotFinder finder;
    private final Holds holds;
    private final ScreeningGate gate;
    private final ClientAccess access;
    private final Clients clients;
    private final Clock clock;
    private final MessageSource messages;

    PublicBookingPages(Locations locations, Services services, Requirements requirements, SlotFinder finder,
            Holds holds, ScreeningGate gate, ClientAccess access, Clients clients, Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.locations = locations;
        this.services = services;
        this.requirements = requirements;
        this.finder = finder;
        this.holds = holds;
        this.gate = gate;
        this.access = access;
        this.clients = clients;
        this.clock = clock;
    }

    /** A free start and the first name of the therapist who may take it. */
    record Time(String label, String start, UUID therapistId, String therapistFirstName) {
    }

    @GetMapping("/book-online")
    String page(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String location,
            @RequestParam(required = false) String service, @RequestParam(required = false) String day,
            @RequestParam(required = false) String clientId, Model model) {
        Location place = place(location);
        model.addAttribute("client", forClient(user, clientId)).addAttribute("location", place);
        if (place == null) {
            return "scheduling/book-online";
        }
        LocalDate today = LocalDate.now(clock.withZone(place.zone()));
        LocalDate date = Display.parseDay(day, today);
        date = date.isBefore(today) ? today : date;
        model.addAttribute("locations", locations.all()).addAttribute("day", date)
                .addAttribute("dayLabel", Display.in(messages, "format.weekdayDateLong", date))
                .addAttribute("days", days(today))
                .addAttribute("services", services.all().stream().filter(Service::active).toList());
        Service chosen = service == null ? null : services.find(service).filter(Service::active).orElse(null);
        model.addAttribute("service", chosen);
        if (chosen != null) {
            model.addAttribute("times", times(place, chosen, date));
        }
        return "scheduling/book-online";
    }

    /** A visitor keeps the choice and is asked to register or sign in; staff hold it for the client at once. */
    @PostMapping("/book-online/choose")
    String choose(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam String location,
            @RequestParam String service, @RequestParam String start,
            @RequestParam(required = false) String therapistId, @RequestParam(required = false) String clientId,
            HttpServletRequest request, RedirectAttributes redirect) {
        PendingChoice choice = new PendingChoice(location, service, start, blankToNull(therapistId));
        if (user != null && user.isStaff()) {
            return holdFor(user, forClient(user, clientId), choice, redirect);
        }
        choice.keep(request.getSession());
        if (user == null) {
            continueAfterSignIn(request);
            return "redirect:/book-online/account";
        }
        return "redirect:/book-online/hold";
    }

    /** Register or sign in to hold the chosen time. */
    @GetMapping("/book-online/account")
    String account(HttpSession session, Model model) {
        PendingChoice choice = PendingChoice.peek(session);
        if (choice == null) {
            return "redirect:/book-online";
        }
        model.addAttribute("when", when(choice.start()));
        return "scheduling/book-online-account";
    }

    /** Signed in with a chosen time: a new client's time is held; a client with an intake books it as usual. */
    @GetMapping("/book-online/hold")
    String hold(@AuthenticationPrincipal ReliefDeskUser user, HttpSession session, RedirectAttributes redirect) {
        PendingChoice choice = PendingChoice.take(session);
        if (user.isStaff()) {
            return "redirect:/schedule";
        }
        Client client = access.self(user);
        if (choice == null) {
            return holds.active(client.id()).isPresent() ? "redirect:/book-online/held" : "redirect:/book-online";
        }
        if (!ScreeningStatusLookup.NO_INTAKE.equals(gate.statusOf(client.id()))) {
            return "redirect:/book/confirm?service=" + choice.service() + "&location=" + choice.location()
                    + "&start=" + java.net.URLEncoder.encode(choice.start(), java.nio.charset.StandardCharsets.UTF_8)
                    + (choice.therapistId() == null ? "" : "&therapistId=" + choice.therapistId());
        }
        return holdFor(user, client, choice, redirect);
    }

    /** The time held, until when, and the way to the intake. */
    @GetMapping("/book-online/held")
    String held(@AuthenticationPrincipal ReliefDeskUser user, Model model) {
        Booking hold = holds.active(access.self(user).id()).orElse(null);
        if (hold == null) {
            return "redirect:/intake";
        }
        model.addAttribute("hold", hold).addAttribute("when", Display.dayAndTime(messages, hold.localStart()))
                .addAttribute("until", until(messages, hold));
        return "scheduling/book-online-held";
    }

    private String holdFor(ReliefDeskUser user, Client client, PendingChoice choice, RedirectAttributes redirect) {
        try {
            Booking hold = holds.hold(user, new BookingRequest(client.id().toString(), choice.location(),
                    choice.service(), choice.start(), choice.therapistId(), true, null));
            if (user.isStaff()) {
                redirect.addFlashAttribute("notice", say("bookOnline.staffHeld", Display.dayAndTime(messages, hold.localStart()),
                        client.fullName(), until(messages, hold)));
                return "redirect:/book?clientId=" + client.id();
            }
            return "redirect:/book-online/held";
        } catch (ConflictException | RuleViolationException e) {
            Booking held = e instanceof ConflictException c && c.properties().containsKey("holdId")
                    ? holds.active(client.id()).orElse(null) : null;
            if (held != null && !user.isStaff()) {
                redirect.addFlashAttribute("warning", say("bookOnline.alreadyHolding"));
                return "redirect:/book-online/held";
            }
            redirect.addFlashAttribute("warning", held == null ? e.getMessage()
                    : say("bookOnline.staffAlreadyHeld", client.fullName(), Display.dayAndTime(messages, held.localStart()),
                            until(messages, held)));
            return "redirect:/book-online?location=" + choice.location() + "&service=" + choice.service() + "&day="
                    + choice.start().substring(0, 10) + (user.isStaff() ? "&clientId=" + client.id() : "");
        }
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** After registering and signing in (or signing in), the visitor comes back to hold the time. */
    private static void continueAfterSignIn(HttpServletRequest request) {
        DefaultSavedRequest saved = new DefaultSavedRequest.Builder().setScheme(request.getScheme())
                .setServerName(request.getServerName()).setServerPort(request.getServerPort())
                .setContextPath(request.getContextPath()).setRequestURI(request.getContextPath() + "/book-online/hold")
                .setServletPath("/book-online/hold").setMethod("GET").build();
        request.getSession().setAttribute("SPRING_SECURITY_SAVED_REQUEST", saved);
    }

    private List<Time> times(Location place, Service service, LocalDate date) {
        var needs = requirements.of(service, null);
        List<SlotView> free = finder.free(place, service.minutes(), needs, null,
                date.atStartOfDay(place.zone()).toEpochSecond(), date.plusDays(1).atStartOfDay(place.zone()).toEpochSecond());
        Map<UUID, String> names = finder.load(place, 15, new Requirements.Needs(java.util.Set.of(), false, null), null, 0, 1)
                .therapists().stream().collect(Collectors.toMap(t -> t.id(), t -> firstName(t.name())));
        List<Time> times = new ArrayList<>(free.size());
        DateTimeFormatter clock = Display.shape(messages, "format.time");
        for (SlotView slot : free) {
            times.add(new Time(clock.format(OffsetDateTime.parse(slot.start())), slot.start(), slot.therapistId(),
                    names.getOrDefault(slot.therapistId(), "")));
        }
        return times;
    }

    /** Staff name the client, who must be one without an intake's booking yet; others hold for themselves. */
    private Client forClient(ReliefDeskUser user, String clientId) {
        if (user == null || !user.isStaff() || clientId == null) {
            return null;
        }
        if (user.role() == org.reliefdesk.accounts.Role.THERAPIST) {
            throw new ForbiddenException("Front desk and administrators hold times for clients");
        }
        return clients.find(Ids.parseOrNone(clientId)).orElseThrow(() -> new NotFoundException("Client"));
    }

    private List<Map<String, String>> days(LocalDate today) {
        List<Map<String, String>> days = new ArrayList<>();
        DateTimeFormatter label = Display.shape(messages, "format.weekdayDate");
        for (int i = 0; i < 14; i++) {
            LocalDate d = today.plusDays(i);
            days.add(Map.of("date", d.toString(), "label", label.format(d)));
        }
        return days;
    }

    private String when(String start) {
        try {
            return Display.dayAndTime(messages, OffsetDateTime.parse(start));
        } catch (java.time.format.DateTimeParseException e) {
            return start;
        }
    }

    /** The time a hold lapses, in the reader's clock. */
    static String until(MessageSource messages, Booking hold) {
        return Display.in(messages, "format.time", hold.holdExpiresAt().atZone(hold.localStart().getOffset()));
    }


    private Location place(String location) {
        UUID id = Ids.parse(location);
        return id == null ? locations.first().orElse(null) : locations.find(id).orElse(null);
    }

    private static String firstName(String name) {
        return name == null ? "" : name.strip().split("\\s+", 2)[0];
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

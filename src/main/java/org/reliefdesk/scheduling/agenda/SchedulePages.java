package org.reliefdesk.scheduling.agenda;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.CancelReason;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.reliefdesk.scheduling.availability.ScheduleLoader;
import org.reliefdesk.scheduling.booking.BookingChanges;
import org.reliefdesk.scheduling.booking.ScreeningGate;
import org.reliefdesk.scheduling.practice.Display;
import org.reliefdesk.scheduling.practice.Ids;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.Roles;

/** The front desk's calendar: a day (by therapist or by room) or a week per location; find a client, book, cancel. */
@Controller
class SchedulePages {

    private final Locations locations;
    private final Bookings bookings;
    private final Clients clients;
    private final ScreeningGate gate;
    private final BookingChanges changes;
    private final ScheduleLoader loader;
    private final Clock clock;

    SchedulePages(Locations locations, Bookings bookings, Clients clients, ScreeningGate gate, BookingChanges changes,
            ScheduleLoader loader, Clock clock) {
        this.locations = locations;
        this.bookings = bookings;
        this.clients = clients;
        this.gate = gate;
        this.changes = changes;
        this.loader = loader;
        this.clock = clock;
    }

    /** A column of the calendar: a therapist, a room or a day, with its bookings. */
    record Column(String title, String link, List<Booking> bookings) {
    }

    /** A client found by the search, with the screening status front desk may see. */
    record Found(Client client, String status) {
    }

    @GetMapping("/schedule")
    String schedule(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String location,
            @RequestParam(required = false) String day, @RequestParam(required = false) String view,
            @RequestParam(required = false) String q, Model model) {
        Roles.staff(user);
        UUID id = Ids.parse(location);
        Location place = (id == null ? locations.first() : locations.find(id)).orElse(null);
        model.addAttribute("locations", locations.all()).addAttribute("location", place);
        model.addAttribute("q", q).addAttribute("found", found(q));
        if (place != null) {
            calendar(place, day, view == null ? "day" : view, model);
        }
        return "scheduling/schedule";
    }

    /** Clients matching the search, with the screening status front desk may see. */
    private List<Found> found(String q) {
        return q == null || q.isBlank() ? List.of() : clients.search(q, PageParams.of(0, 20)).items().stream()
                .map(c -> new Found(c, gate.statusOf(c.id()))).toList();
    }

    /** The day or week shown, its neighbours and its columns. */
    private void calendar(Location place, String day, String mode, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(place.zone()));
        LocalDate date = Display.parseDay(day, today);
        boolean week = mode.equals("week");
        model.addAttribute("day", date.toString()).addAttribute("view", mode).addAttribute("today", today.toString())
                .addAttribute("now", clock.instant());
        model.addAttribute("heading", week ? "Week of " + Display.longDay(monday(date)) : Display.longDay(date));
        model.addAttribute("previous", date.minusDays(week ? 7 : 1).toString())
                .addAttribute("next", date.plusDays(week ? 7 : 1).toString());
        model.addAttribute("columns", switch (mode) {
            case "week" -> week(place, date);
            case "rooms" -> rooms(place, date);
            default -> therapists(place, date);
        });
    }

    @PostMapping("/schedule/bookings/{id}/cancel")
    String cancel(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        Roles.staff(user);
        try {
            Booking b = changes.cancel(id, user, CancelReason.CLIENT_REQUEST, null);
            redirect.addFlashAttribute("notice", "Cancelled " + b.clientName() + "'s session"
                    + (b.lateCancellation() ? " (late cancellation)." : "."));
        } catch (ConflictException | RuleViolationException e) {
            redirect.addFlashAttribute("warning", e.getMessage());
        }
        return "redirect:" + safe(back);
    }

    @PostMapping("/schedule/bookings/{id}/no-show")
    String noShow(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        try {
            changes.noShow(id, user);
            redirect.addFlashAttribute("notice", "Recorded as a no-show.");
        } catch (ConflictException | RuleViolationException e) {
            redirect.addFlashAttribute("warning", e instanceof RuleViolationException r && !r.errors().isEmpty()
                    ? r.errors().get(0).message() : e.getMessage());
        }
        return "redirect:" + safe(back);
    }

    private List<Column> therapists(Location place, LocalDate date) {
        Map<UUID, Column> columns = new LinkedHashMap<>();
        loader.therapistNames(place.id()).forEach((id, name) -> columns.put(id, new Column(name, null, new ArrayList<>())));
        for (Booking b : day(place, date, date.plusDays(1))) {
            columns.computeIfAbsent(b.therapistId(), k -> new Column(b.therapistName(), null, new ArrayList<>()))
                    .bookings().add(b);
        }
        return List.copyOf(columns.values());
    }

    private List<Column> rooms(Location place, LocalDate date) {
        Map<UUID, Column> columns = new LinkedHashMap<>();
        place.rooms().forEach(r -> columns.put(r.id(), new Column(r.name(), null, new ArrayList<>())));
        for (Booking b : day(place, date, date.plusDays(1))) {
            columns.computeIfAbsent(b.roomId(), k -> new Column(b.roomName(), null, new ArrayList<>())).bookings().add(b);
        }
        return List.copyOf(columns.values());
    }

    private List<Column> week(Location place, LocalDate date) {
        LocalDate monday = monday(date);
        List<Column> columns = new ArrayList<>();
        List<Booking> all = day(place, monday, monday.plusDays(7));
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            columns.add(new Column(Display.day(d), "/schedule?location=" + place.id() + "&day=" + d,
                    all.stream().filter(b -> b.localStart().toLocalDate().equals(d)).toList()));
        }
        return columns;
    }

    private List<Booking> day(Location place, LocalDate from, LocalDate to) {
        return bookings.all(new Bookings.Filter(from.atStartOfDay(place.zone()).toInstant(),
                to.atStartOfDay(place.zone()).toInstant(), place.id(), null, null, null));
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Only our own pages as a redirect target. */
    private static String safe(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/schedule";
    }
}

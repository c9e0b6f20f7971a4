package org.reliefdesk.scheduling.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.booking.Rescheduling.RescheduleRequest;
import org.reliefdesk.scheduling.availability.SlotFinder.SlotView;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.reliefdesk.scheduling.availability.Requirements;
import org.reliefdesk.scheduling.availability.SlotFinder;
import org.reliefdesk.scheduling.courses.Courses;
import org.reliefdesk.scheduling.notices.SessionCalendars;
import org.reliefdesk.scheduling.notices.Policy;
import org.reliefdesk.scheduling.practice.Display;
import org.reliefdesk.scheduling.practice.Ids;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.waitlist.Waitlist;

/**
 * A client's sessions: upcoming ones to move, cancel or add to a calendar, and the history with
 * every outcome (attended, did not attend, cancelled, late cancellation, moved). Staff open it for
 * a client ({@code clientId}) and may also record no-shows and change sessions inside the late window.
 */
@Controller
public class SessionPages {

    private static final int DAYS_SHOWN = 14;
    private final ClientAccess access;
    private final Bookings bookings;
    private final BookingChanges changes;
    private final Rescheduling rescheduling;
    private final Courses courses;
    private final Waitlist waitlist;
    private final Locations locations;
    private final Services services;
    private final Requirements requirements;
    private final SlotFinder finder;
    private final SessionCalendars calendars;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    SessionPages(ClientAccess access, Bookings bookings, BookingChanges changes, Rescheduling rescheduling,
            Courses courses, Waitlist waitlist, Locations locations, Services services, Requirements requirements,
            SlotFinder finder, SessionCalendars calendars, JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.access = access;
        this.bookings = bookings;
        this.changes = changes;
        this.rescheduling = rescheduling;
        this.courses = courses;
        this.waitlist = waitlist;
        this.locations = locations;
        this.services = services;
        this.requirements = requirements;
        this.finder = finder;
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** One row of the list: the booking, how it reads, what may be done, and its moves. */
    record Row(Booking booking, String when, String outcome, boolean canChange, boolean canNoShow, List<String> moves) {
    }

    @GetMapping("/sessions")
    String sessions(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String clientId,
            Model model) {
        Client client = client(user, clientId);
        List<Booking> all = bookings.list(new Bookings.Filter(null, null, null, null, client.id(), null),
                PageParams.of(0, 200)).items();
        Instant now = clock.instant();
        List<Row> upcoming = new ArrayList<>();
        List<Row> history = new ArrayList<>();
        for (Booking b : all) {
            boolean ahead = b.isBooked() && b.start().isAfter(now);
            Row row = new Row(b, when(b), outcome(b, now), ahead && user.role() != Role.THERAPIST
                    && (user.isStaff() || !rescheduling.insideLateWindow(b)),
                    user.isStaff() && b.isBooked() && !b.start().isAfter(now), moves(b));
            (ahead ? upcoming : history).add(row);
        }
        model.addAttribute("client", client).addAttribute("forStaff", user.isStaff())
                .addAttribute("canBook", user.role() != Role.THERAPIST)
                .addAttribute("upcoming", upcoming).addAttribute("history", newestFirst(history))
                .addAttribute("courses", courses.ofClient(client.id()))
                .addAttribute("waiting", waitlist.list(user, client.id(), null, null, "WAITING", PageParams.of(0, 50))
                        .items())
                .addAttribute("lateHours", Policy.window(locations.first().map(Location::lateCancelHours).orElse(24)));
        return "scheduling/sessions";
    }

    @PostMapping("/sessions/{id}/cancel")
    String cancel(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        Booking booking = changes.visible(id, user);
        try {
            Booking done = changes.cancel(id, user, null);
            redirect.addFlashAttribute("notice", "Cancelled: " + when(done)
                    + (done.lateCancellation() ? " (recorded as a late cancellation)." : "."));
        } catch (RuleViolationException | ConflictException e) {
            redirect.addFlashAttribute("warning", message(e));
        }
        return back(user, booking);
    }

    @PostMapping("/sessions/{id}/no-show")
    String noShow(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        Booking booking = changes.visible(id, user);
        try {
            changes.noShow(id, user);
            redirect.addFlashAttribute("notice", "Recorded: " + booking.clientName() + " did not attend " + when(booking) + ".");
        } catch (RuleViolationException | ConflictException e) {
            redirect.addFlashAttribute("warning", message(e));
        }
        return back(user, booking);
    }

    @GetMapping("/sessions/{id}/move")
    String move(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String day, Model model) {
        Booking booking = changes.visible(id, user);
        Location place = locations.get(booking.locationId());
        LocalDate today = LocalDate.now(clock.withZone(place.zone()));
        LocalDate date = Display.parseDay(day, booking.localStart().toLocalDate());
        date = date.isBefore(today) ? today : date;
        model.addAttribute("booking", booking).addAttribute("when", when(booking))
                .addAttribute("forStaff", user.isStaff()).addAttribute("day", date)
                .addAttribute("dayLabel", Display.longDay(date)).addAttribute("days", days(today))
                .addAttribute("allowed", booking.isBooked() && (user.isStaff() || !rescheduling.insideLateWindow(booking)))
                .addAttribute("lateHours", Policy.window(place.lateCancelHours()))
                .addAttribute("times", times(booking, place, date));
        return "scheduling/move";
    }

    @PostMapping("/sessions/{id}/move")
    String moved(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, @RequestParam String start,
            @RequestParam(required = false) String therapistId, RedirectAttributes redirect) {
        Booking booking = changes.visible(id, user);
        try {
            Booking done = rescheduling.reschedule(id, user, new RescheduleRequest(start,
                    therapistId == null || therapistId.isBlank() ? null : therapistId));
            redirect.addFlashAttribute("notice", "Moved to " + when(done) + " with " + done.therapistName() + ".");
            return back(user, booking);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("warning", "Sorry, that time was just taken. Please pick another.");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("warning", message(e));
        }
        return "redirect:/sessions/" + id + "/move?day=" + start.substring(0, Math.min(10, start.length()));
    }

    @GetMapping("/sessions/{id}/calendar.ics")
    ResponseEntity<String> ics(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(SessionCalendars.CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"session.ics\"")
                .body(calendars.bookingCalendar(id, user));
    }

    /**
     * Free starts that day for this client's needs, one per start (the current therapist first), as
     * if the session being moved were not there: read in a transaction that releases it and is then
     * rolled back.
     */
    private List<SlotView> times(Booking booking, Location place, LocalDate date) {
        Service service = services.find(booking.serviceCode()).orElseThrow(() -> new NotFoundException("Service"));
        var needs = requirements.of(service, booking.clientId());
        long from = date.atStartOfDay(place.zone()).toEpochSecond();
        long to = date.plusDays(1).atStartOfDay(place.zone()).toEpochSecond();
        List<SlotView> free = tx.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("update booking set status = 'CANCELLED' where id = :id and status = 'BOOKED'")
                    .param("id", booking.id()).update();
            return finder.free(place, service.minutes(), needs, null, from, to);
        });
        Map<String, SlotView> byStart = new LinkedHashMap<>();
        for (SlotView slot : free) {
            byStart.merge(slot.start(), slot, (a, b) -> b.therapistId().equals(booking.therapistId()) ? b : a);
        }
        return List.copyOf(byStart.values());
    }

    private List<Map<String, String>> days(LocalDate today) {
        List<Map<String, String>> days = new ArrayList<>();
        for (int i = 0; i < DAYS_SHOWN; i++) {
            LocalDate d = today.plusDays(i);
            days.add(Map.of("date", d.toString(), "label", i == 0 ? "Today" : i == 1 ? "Tomorrow" : Display.day(d)));
        }
        return days;
    }

    private List<String> moves(Booking booking) {
        return jdbc.sql("""
                select from_start, to_start, late from booking_change where booking_id = :id order by changed_at""")
                .param("id", booking.id())
                .query((rs, n) -> "Moved from " + when(rs.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                        booking) + (rs.getBoolean(3) ? " (inside the late window)" : ""))
                .list();
    }

    private static List<Row> newestFirst(List<Row> rows) {
        List<Row> copy = new ArrayList<>(rows);
        java.util.Collections.reverse(copy);
        return copy;
    }

    static String outcome(Booking b, Instant now) {
        return switch (b.status()) {
            case CANCELLED -> b.lateCancellation() ? "Late cancellation" : "Cancelled";
            case NO_SHOW -> "Did not attend";
            case BOOKED -> b.start().isAfter(now) ? "Booked" : "Attended";
        };
    }

    public static String when(Booking b) {
        return Display.DAY.format(b.localStart()) + ", " + Display.TIME.format(b.localStart());
    }

    private static String when(Instant start, Booking b) {
        var local = start.atZone(java.time.ZoneId.of(b.timeZone()));
        return Display.DAY.format(local) + ", " + Display.TIME.format(local);
    }

    private Client client(ReliefDeskUser user, String clientId) {
        if (user.isClient()) {
            return access.self(user);
        }
        UUID id = Ids.parse(clientId);
        return access.profile(id == null ? new UUID(0, 0) : id, user);
    }

    private static String back(ReliefDeskUser user, Booking booking) {
        return user.isStaff() ? "redirect:/sessions?clientId=" + booking.clientId() : "redirect:/sessions";
    }

    public static String message(RuntimeException e) {
        return e instanceof RuleViolationException r && !r.errors().isEmpty() ? r.errors().get(0).message()
                : e.getMessage();
    }
}

package org.reliefdesk.scheduling.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.availability.Requirements;
import org.reliefdesk.scheduling.availability.SlotFinder;
import org.reliefdesk.scheduling.availability.SlotFinder.SlotView;
import org.reliefdesk.scheduling.booking.Rescheduling.RescheduleRequest;
import org.reliefdesk.scheduling.notices.PolicyWords;
import org.reliefdesk.scheduling.practice.Display;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.NotFoundException;
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

import static org.reliefdesk.scheduling.booking.SessionWords.message;

/** Moving a session: a day's free times for it (as if it were not there), then the move. */
@Controller
class MovePages {

    private final BookingChanges changes;
    private final Rescheduling rescheduling;
    private final BookingStore store;
    private final Locations locations;
    private final Services services;
    private final Requirements requirements;
    private final SlotFinder finder;
    private final Clock clock;
    private final MessageSource messages;

    MovePages(BookingChanges changes, Rescheduling rescheduling, BookingStore store, Locations locations,
            Services services, Requirements requirements, SlotFinder finder, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.changes = changes;
        this.rescheduling = rescheduling;
        this.store = store;
        this.locations = locations;
        this.services = services;
        this.requirements = requirements;
        this.finder = finder;
        this.clock = clock;
    }

    @GetMapping("/sessions/{id}/move")
    String move(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String day, Model model) {
        Booking booking = changes.visible(id, user);
        Location place = locations.get(booking.locationId());
        LocalDate today = LocalDate.now(clock.withZone(place.zone()));
        LocalDate date = Display.parseDay(day, booking.localStart().toLocalDate());
        date = date.isBefore(today) ? today : date;
        model.addAttribute("booking", booking)
                .addAttribute("forStaff", user.isStaff()).addAttribute("day", date)
                .addAttribute("days", SessionWords.days(today))
                .addAttribute("allowed", booking.isBooked() && (user.isStaff() || !changes.insideLateWindow(booking)))
                .addAttribute("lateHours", new PolicyWords(messages, LocaleContextHolder.getLocale())
                        .window(place.lateCancelHours()))
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
            redirect.addFlashAttribute("notice", say("move.moved", format(done.localStart()),
                    done.therapistName()));
            return SessionWords.back(user, booking);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("warning", say("booking.taken"));
        } catch (RuleViolationException e) {
            String key = SessionWords.refusalKey(e, user.isStaff());
            redirect.addFlashAttribute("warning", key == null ? message(e) : say(key));
        }
        return "redirect:/sessions/" + id + "/move?day=" + start.substring(0, Math.min(10, start.length()));
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** "Wed, Mar 11, 2026, 10:00 AM" in the reader's language. */
    private String format(OffsetDateTime at) {
        return DateTimeFormatter.ofPattern(say("format.dateTime"), LocaleContextHolder.getLocale()).format(at);
    }

    /** Free starts that day for this client's needs, one per start (the current therapist first). */
    private List<BookingPages.Time> times(Booking booking, Location place, LocalDate date) {
        Service service = services.find(booking.serviceCode()).orElseThrow(() -> new NotFoundException("Service"));
        var needs = requirements.of(service, booking.clientId());
        long from = date.atStartOfDay(place.zone()).toEpochSecond();
        long to = date.plusDays(1).atStartOfDay(place.zone()).toEpochSecond();
        List<SlotView> free = store.asIfVacated(booking.id(),
                () -> finder.freeFor(booking.clientId(), place, service.minutes(), needs, null, from, to));
        Map<String, SlotView> byStart = new LinkedHashMap<>();
        for (SlotView slot : free) {
            byStart.merge(slot.start(), slot, (a, b) -> b.therapistId().equals(booking.therapistId()) ? b : a);
        }
        return byStart.values().stream()
                .map(t -> new BookingPages.Time(OffsetDateTime.parse(t.start()), t.start(), t.therapistId())).toList();
    }
}

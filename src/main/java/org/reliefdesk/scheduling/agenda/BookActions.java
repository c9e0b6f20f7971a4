package org.reliefdesk.scheduling.agenda;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.booking.BookingChanges;
import org.reliefdesk.scheduling.booking.SessionWords;
import org.reliefdesk.scheduling.practice.Roles;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.LocalPaths;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A booking from the book: its own small page with what may be done now (check in, complete; links to the
 * no-show and cancel confirmations, moving and the client's quick view), and the posts that do it. A refusal (409/422) comes back as a
 * warning on the page the person came from.
 */
@Controller
class BookActions {

    private final BookingChanges changes;
    private final Services services;
    private final MessageSource messages;
    private final Clock clock;

    BookActions(BookingChanges changes, Services services, MessageSource messages, Clock clock) {
        this.changes = changes;
        this.services = services;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/schedule/bookings/{id}")
    String booking(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String back, Model model) {
        Booking booking = own(user, id);
        model.addAttribute("booking", booking).addAttribute("back", LocalPaths.or(back, "/schedule"))
                .addAttribute("service", services.find(booking.serviceCode()).map(s -> s.name())
                        .orElse(booking.serviceCode()))
                .addAttribute("day", booking.localStart().toLocalDate().toString())
                .addAttribute("actions", Actions.of(booking, clock.instant()));
        return "scheduling/book-session";
    }

    @PostMapping("/schedule/bookings/{id}/check-in")
    String checkIn(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String back, Locale locale, RedirectAttributes redirect) {
        return change(user, id, back, locale, redirect, changes::checkIn, "book.done.checkedIn");
    }

    @PostMapping("/schedule/bookings/{id}/complete")
    String complete(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String back, Locale locale, RedirectAttributes redirect) {
        return change(user, id, back, locale, redirect, changes::complete, "book.done.completed");
    }

    private String change(ReliefDeskUser user, UUID id, String back, Locale locale, RedirectAttributes redirect,
            BiFunction<UUID, ReliefDeskUser, Booking> verb, String done) {
        own(user, id);
        try {
            Booking b = verb.apply(id, user);
            redirect.addFlashAttribute("notice", messages.getMessage(done, new Object[] {b.clientName()}, locale));
        } catch (ConflictException | RuleViolationException e) {
            redirect.addFlashAttribute("warning", SessionWords.message(e));
        }
        return "redirect:" + LocalPaths.or(back, "/schedule");
    }

    /** The booking, for staff; a therapist only their own (another's is a 404, as if it did not exist). */
    private Booking own(ReliefDeskUser user, UUID id) {
        Roles.staff(user);
        Booking booking = changes.visible(id, user);
        if (user.role() == Role.THERAPIST && !booking.therapistId().equals(user.id())) {
            throw new NotFoundException("Booking");
        }
        return booking;
    }
}

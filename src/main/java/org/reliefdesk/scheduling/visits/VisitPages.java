package org.reliefdesk.scheduling.visits;

import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.CancelReason;
import org.reliefdesk.scheduling.booking.BookingChanges;
import org.reliefdesk.scheduling.booking.SessionWords;
import org.reliefdesk.scheduling.practice.Display;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.Roles;
import org.reliefdesk.services.Services;
import org.reliefdesk.services.Service;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.LocalPaths;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
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

/**
 * Cancelling and recording a no-show with care: a confirmation page that shows the session, whether it is
 * inside the location's late-cancellation window and what that means, and asks for the reason; then the
 * change. Also the arrivals' page actions (check-in, complete) for the book and the therapist's day.
 */
@Controller
class VisitPages {

    private final BookingChanges changes;
    private final Locations locations;
    private final Services services;
    private final MessageSource messages;

    VisitPages(BookingChanges changes, Locations locations, Services services, MessageSource messages) {
        this.changes = changes;
        this.locations = locations;
        this.services = services;
        this.messages = messages;
    }

    @GetMapping("/sessions/{id}/cancel")
    String cancelPage(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String back, Model model) {
        requireNotTherapist(user);
        return confirm(model, user, changes.visible(id, user), "cancel", back);
    }

    @PostMapping("/sessions/{id}/cancel")
    String cancel(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String note,
            @RequestParam(required = false) String back, Model model, RedirectAttributes redirect) {
        requireNotTherapist(user);
        Booking booking = changes.visible(id, user);
        try {
            FieldErrors errors = new FieldErrors();
            CancelReason chosen = CancelReason.parse(reason, "reason", errors);
            errors.throwIfAny();
            Booking done = changes.cancel(id, user, chosen, note);
            redirect.addFlashAttribute("notice", text(done.lateCancellation() ? "visit.cancelled.late"
                    : "visit.cancelled", when(done)));
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e)).addAttribute("reason", reason).addAttribute("note", note);
            return confirm(model, user, booking, "cancel", back);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("warning", e.getMessage());
        }
        return "redirect:" + back(user, booking, back);
    }

    @GetMapping("/sessions/{id}/no-show")
    String noShowPage(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String back, Model model) {
        Roles.staff(user);
        return confirm(model, user, changes.visible(id, user), "noShow", back);
    }

    @PostMapping("/sessions/{id}/no-show")
    String noShow(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        return change(user, id, back, redirect, "visit.noShow.done", changes::noShow);
    }

    @PostMapping("/sessions/{id}/check-in")
    String checkIn(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        return change(user, id, back, redirect, "visit.checkedIn", changes::checkIn);
    }

    @PostMapping("/sessions/{id}/complete")
    String complete(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        return change(user, id, back, redirect, "visit.completed", changes::complete);
    }

    /** One status change of a visible booking, its notice ({@code done}: client's name, time) or the refusal. */
    private String change(ReliefDeskUser user, UUID id, String back, RedirectAttributes redirect, String done,
            BiFunction<UUID, ReliefDeskUser, Booking> verb) {
        Booking booking = changes.visible(id, user);
        try {
            verb.apply(id, user);
            redirect.addFlashAttribute("notice", text(done, booking.clientName(), when(booking)));
        } catch (RuleViolationException | ConflictException e) {
            redirect.addFlashAttribute("warning", SessionWords.message(e));
        }
        return "redirect:" + back(user, booking, back);
    }

    /** The confirmation page of {@code action} ("cancel" or "noShow") for the booking. */
    private String confirm(Model model, ReliefDeskUser user, Booking booking, String action, String back) {
        int lateHours = locations.get(booking.locationId()).lateCancelHours();
        model.addAttribute("booking", booking).addAttribute("action", action)
                .addAttribute("when", when(booking))
                .addAttribute("service", services.find(booking.serviceCode()).map(Service::name)
                        .orElse(booking.serviceCode()))
                .addAttribute("forStaff", user.isStaff()).addAttribute("late", changes.insideLateWindow(booking))
                .addAttribute("window", window(lateHours)).addAttribute("windowHours", lateHours)
                .addAttribute("reasons", CancelReason.CHOOSABLE).addAttribute("back", back(user, booking, back))
                .addAttribute("backParam", LocalPaths.orNull(back));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "scheduling/visit-confirm";
    }

    /** A therapist neither cancels nor moves a client's session (front desk, administrators and the client do). */
    private static void requireNotTherapist(ReliefDeskUser user) {
        if (user.role() == Role.THERAPIST) {
            throw new ForbiddenException("Front desk and administrators change bookings for clients");
        }
    }

    /** The booking's start in the reader's language, in its location's zone. */
    private String when(Booking booking) {
        return Display.in(messages, "format.dateTime", booking.localStart());
    }

    /** The late-cancellation window in words: whole days from 48 hours, else hours. */
    private String window(int hours) {
        return hours >= 48 && hours % 24 == 0 ? text("visit.window.days", hours / 24) : text("visit.window.hours", hours);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** Where to return: the page the action came from (a local path), else the client's sessions. */
    static String back(ReliefDeskUser user, Booking booking, String back) {
        String local = LocalPaths.orNull(back);
        if (local != null) {
            return local;
        }
        return user.isStaff() ? "/sessions?clientId=" + booking.clientId() : "/sessions";
    }
}

package org.reliefdesk.charting.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.charting.NoteCodes;
import org.reliefdesk.charting.SessionNote;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The therapist's note page for one session: write, sign, then amend. */
@Controller
class NotePages {

    private final NoteDesk desk;
    private final NoteStore store;
    private final ClientAccess access;
    private final Clock clock;
    private final NoteWords words;

    NotePages(NoteDesk desk, NoteStore store, ClientAccess access, Clock clock, NoteWords words) {
        this.words = words;
        this.desk = desk;
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/bookings/{bookingId}/note")
    String page(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID bookingId, Model model) {
        Booking booking = desk.booking(bookingId, user);
        access.clinicalCheck(booking.clientId(), user);
        Optional<SessionNote> note = store.ofBooking(bookingId);
        access.recordRead(user, booking.clientId(), "READ_NOTE", "NOTE", note.map(SessionNote::id).orElse(null));
        NoteForm form = note.map(NoteForm::of)
                .orElseGet(() -> new NoteForm().withRows(desk.plannedTechniques(booking.clientId())));
        return show(model, user, booking, note.orElse(null), form);
    }

    @PostMapping("/bookings/{bookingId}/note")
    String save(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID bookingId,
            @ModelAttribute("form") NoteForm form, Model model, RedirectAttributes redirect) {
        Booking booking = desk.booking(bookingId, user);
        if (!NoteDesk.started(booking, clock.instant())) {
            return notStarted(redirect, bookingId);
        }
        FieldErrors errors = new FieldErrors();
        try {
            NoteInput input = form.toInput(errors);
            if (store.ofBooking(bookingId).isPresent()) {
                desk.update(bookingId, input, user, errors);
            } else {
                desk.create(bookingId, input, user, errors);
            }
        } catch (RuleViolationException e) {
            model.addAttribute("errors", words.errors(e));
            return show(model, user, booking, store.ofBooking(bookingId).orElse(null), form.withSpareRows());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", words.get("note.problem.changed"));
            return "redirect:/bookings/" + bookingId + "/note";
        }
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/bookings/" + bookingId + "/note";
    }

    @PostMapping("/bookings/{bookingId}/note/sign")
    String sign(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID bookingId,
            RedirectAttributes redirect) {
        if (!NoteDesk.started(desk.booking(bookingId, user), clock.instant())) {
            return notStarted(redirect, bookingId);
        }
        try {
            desk.sign(bookingId, user);
            redirect.addFlashAttribute("notice", "signed");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", words.get("note.problem.alreadySigned"));
        }
        return "redirect:/bookings/" + bookingId + "/note";
    }

    @PostMapping("/bookings/{bookingId}/note/amendments")
    String amend(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID bookingId,
            @RequestParam(required = false) String text, RedirectAttributes redirect) {
        try {
            desk.amend(bookingId, text, user);
            redirect.addFlashAttribute("notice", "amended");
        } catch (RuleViolationException | ConflictException e) {
            redirect.addFlashAttribute("problem", e instanceof RuleViolationException r
                    ? words.errors(r).values().iterator().next() : words.get("note.problem.changed"));
        }
        return "redirect:/bookings/" + bookingId + "/note";
    }

    /** Before the session's start there is nothing to document: the page says so instead of saving. */
    private static String notStarted(RedirectAttributes redirect, UUID bookingId) {
        redirect.addFlashAttribute("notStarted", true);
        return "redirect:/bookings/" + bookingId + "/note";
    }

    private String show(Model model, ReliefDeskUser user, Booking booking, SessionNote note, NoteForm form) {
        model.addAttribute("booking", booking);
        model.addAttribute("started", NoteDesk.started(booking, clock.instant()));
        model.addAttribute("note", note);
        model.addAttribute("form", form);
        model.addAttribute("mayWrite", user.isAdmin() || (user.isClinician() && booking.therapistId().equals(user.id())));
        model.addAttribute("techniqueCodes", NoteCodes.TECHNIQUES);
        model.addAttribute("areaCodes", NoteCodes.AREAS);
        model.addAttribute("zone", clock.getZone());
        return "charting/note";
    }
}

package org.reliefdesk.screening.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.intake.IntakeDraft;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.screening.AfterScreening;
import org.reliefdesk.screening.Screening;
import org.reliefdesk.screening.Screenings;
import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sending the finished intake from its last page (screened in the same transaction, through
 * {@link Screenings#submit} like the API), the outcome the client sees, and their letter for the physician.
 */
@Controller
class ScreeningPages {

    private final Screenings screenings;
    private final Intakes intakes;
    private final ClientAccess access;
    private final Letters letters;
    private final OutcomeView views;
    private final Clock clock;
    private final MessageSource messages;

    ScreeningPages(Screenings screenings, Intakes intakes, ClientAccess access, Letters letters, OutcomeView views,
            Clock clock, MessageSource messages) {
        this.messages = messages;
        this.screenings = screenings;
        this.intakes = intakes;
        this.access = access;
        this.letters = letters;
        this.views = views;
        this.clock = clock;
    }

    /** Saves the last page, then sends the whole draft; any problem sends the client to its section. */
    @PostMapping("/intake/submit")
    String submit(@AuthenticationPrincipal ReliefDeskUser user, HttpServletRequest request,
            RedirectAttributes redirect, Locale locale) {
        Client client = access.self(user);
        IntakeForm form = intakes.form();
        String last = form.sections().get(form.sections().size() - 1).code();
        IntakeDraft draft = new IntakeDraft(form, intakes.draft(client.id()));
        if (draft.isEmpty() && intakes.latest(client.id()).isPresent()) {
            return "redirect:/screening";
        }
        ObjectNode lastAnswers = draft.sectionFromPost(last, request.getParameterMap(), today());
        intakes.saveDraftSection(client.id(), last, lastAnswers, user.id());
        ObjectNode whole = (ObjectNode) draft.answers().deepCopy();
        whole.set(last, lastAnswers);
        Optional<IntakeForm.Section> unfinished = new IntakeDraft(form, whole).firstUnfinished(today());
        if (unfinished.isPresent()) {
            return "redirect:/intake/" + unfinished.get().code() + "?check";
        }
        try {
            tell(screenings.submit(client.id(), whole, user).after(), redirect, locale, messages);
        } catch (RuleViolationException e) {
            String field = e.errors().stream().map(FieldError::field).findFirst().orElse(last);
            return "redirect:/intake/" + (field.contains(".") ? field.substring(0, field.indexOf('.')) : last) + "?check";
        }
        return "redirect:/screening";
    }

    /** The outcome page then says which held time was confirmed, or released. */
    private static void tell(AfterScreening.Outcome after, RedirectAttributes redirect, Locale locale,
            MessageSource messages) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.getMessage("format.weekdayDateLong", null,
                locale) + ", " + messages.getMessage("format.time", null, locale), locale);
        after.confirmed().stream().findFirst()
                .ifPresent(s -> redirect.addFlashAttribute("holdConfirmed", format.format(s.start())));
        after.released().stream().findFirst()
                .ifPresent(s -> redirect.addFlashAttribute("holdReleased", format.format(s.start())));
    }

    /** The client's own newest screening: what happens next, in plain words. */
    @GetMapping("/screening")
    String outcome(@AuthenticationPrincipal ReliefDeskUser user, Model model) {
        Client client = access.self(user);
        Optional<Screening> screening = screenings.latest(client.id());
        if (screening.isEmpty()) {
            return "redirect:/intake";
        }
        SubmittedIntake intake = intakes.findById(screening.get().intakeId()).orElseThrow();
        model.addAttribute("view", views.of(screening.get(), intake, !intakes.draft(client.id()).isEmpty()));
        model.addAttribute("noBooking", !screening.get().allowsMassage());
        return "screening/outcome";
    }

    @GetMapping("/screening/letter.pdf")
    ResponseEntity<byte[]> letter(@AuthenticationPrincipal ReliefDeskUser user) {
        Client client = access.self(user);
        return pdf(letters.pdf(client).orElseThrow(() -> new NotFoundException("Letter (no clearance needed)")));
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"clearance-letter.pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(bytes);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

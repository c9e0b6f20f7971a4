package org.reliefdesk.screening.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.ClientPanel;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.screening.Screenings;
import org.reliefdesk.screening.Screenings.NewClearance;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of screening: record a physician's clearance, read an earlier intake, print the letter. */
@Controller
class ClearancePages {

    private final Screenings screenings;
    private final Intakes intakes;
    private final ClientAccess access;
    private final ScreeningDetails details;
    private final Letters letters;
    private final MessageSource messages;

    ClearancePages(Screenings screenings, Intakes intakes, ClientAccess access, ScreeningDetails details,
            Letters letters, MessageSource messages) {
        this.screenings = screenings;
        this.intakes = intakes;
        this.access = access;
        this.details = details;
        this.letters = letters;
        this.messages = messages;
    }

    @PostMapping("/clients/{id}/clearance")
    String record(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String clearedBy, @RequestParam(required = false) String clearedOn,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        access.profile(id, user);
        try {
            screenings.recordClearance(id, new NewClearance(clearedBy, clearedOn, note), user);
            redirect.addFlashAttribute("notice", messages.getMessage("screening.panel.recorded", null,
                    LocaleContextHolder.getLocale()));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("clearanceErrors", errors(FormErrors.of(e)));
            redirect.addFlashAttribute("clearanceForm", typed(clearedBy, clearedOn, note));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("clearanceErrors", Map.of("status", say(e.getMessage().contains("rgent")
                    ? "screening.clearance.error.urgent" : "screening.clearance.error.already")));
        }
        return "redirect:/clients/" + id + "#screening";
    }

    @GetMapping("/clients/{id}/intakes/{version}")
    String intake(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, @PathVariable int version,
            Model model) {
        Client client = access.clinicalCheck(id, user);
        SubmittedIntake intake = intakes.find(id, version).orElseThrow(() -> new NotFoundException("Intake"));
        access.recordRead(user, id, "READ_INTAKE", "INTAKE", intake.id());
        model.addAttribute("panel", new ClientPanel.Panel("screening/panel",
                details.of(client, intake)));
        model.addAttribute("count", intakes.list(id, PageParams.of(0, 1)).total());
        return "screening/intake";
    }

    @GetMapping("/clients/{id}/letter.pdf")
    ResponseEntity<byte[]> letter(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        Client client = access.clinical(id, user, "READ_SCREENING", "SCREENING", null);
        return ScreeningPages.pdf(letters.pdf(client).orElseThrow(() -> new NotFoundException("Letter")));
    }

    /** The check's problems in the reader's words, one sentence per field. */
    private Map<String, String> errors(Map<String, String> checked) {
        Map<String, String> said = new HashMap<>();
        checked.forEach((field, problem) -> said.put(field.equals("clearedBy") || field.equals("note")
                || field.equals("clearedOn") ? field : "status", say(switch (field) {
                    case "clearedBy", "note" -> "screening.clearance.error." + field;
                    case "clearedOn" -> problem.contains("future") ? "screening.clearance.error.future"
                            : problem.contains("year before") ? "screening.clearance.error.tooOld"
                            : "screening.clearance.error.date";
                    default -> problem.contains("URGENT") ? "screening.clearance.error.urgent"
                            : "screening.clearance.error.status";
                })));
        return said;
    }

    private String say(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static Map<String, String> typed(String clearedBy, String clearedOn, String note) {
        Map<String, String> form = new HashMap<>();
        form.put("clearedBy", clearedBy);
        form.put("clearedOn", clearedOn);
        form.put("note", note);
        return form;
    }
}

package org.reliefdesk.billing.superbills;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
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
 * Pages: a diagnosis entered from the physician's letter (on the client page), and the superbill's date form with
 * its download, for the client ({@code /payments/superbill}) and for therapists and admins
 * ({@code /clients/{id}/superbill}).
 */
@Controller
class SuperbillPages {

    private final Diagnoses diagnoses;
    private final Superbills superbills;
    private final SuperbillPdf pdf;
    private final ClientAccess access;
    private final MessageSource messages;
    private final Clock clock;

    SuperbillPages(Diagnoses diagnoses, Superbills superbills, SuperbillPdf pdf, ClientAccess access,
            MessageSource messages, Clock clock) {
        this.diagnoses = diagnoses;
        this.superbills = superbills;
        this.pdf = pdf;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/clients/{id}/diagnoses")
    String add(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String code, @RequestParam(required = false) String description,
            @RequestParam(required = false) String diagnosedBy, @RequestParam(required = false) String diagnosedOn,
            RedirectAttributes redirect) {
        try {
            Diagnosis added = diagnoses.add(id, new NewDiagnosis(code, description, diagnosedBy, diagnosedOn), user);
            redirect.addFlashAttribute("notice", messages.getMessage("superbill.diagnosis.added",
                    new Object[] {added.code()}, LocaleContextHolder.getLocale()));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("diagnosisErrors", FormErrors.of(e));
            Map<String, String> typed = new HashMap<>();
            typed.put("code", code);
            typed.put("description", description);
            typed.put("diagnosedBy", diagnosedBy);
            typed.put("diagnosedOn", diagnosedOn);
            redirect.addFlashAttribute("diagnosisForm", typed);
        }
        return "redirect:/clients/" + id + "#diagnoses";
    }

    @GetMapping("/payments/superbill")
    String mine(@AuthenticationPrincipal ReliefDeskUser user, Model model) {
        Client client = access.self(user);
        return form(model, client, "/payments/superbill.pdf", null, null, Map.of());
    }

    @GetMapping("/payments/superbill.pdf")
    Object myPdf(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        Client client = access.self(user);
        return download(user, client, "/payments/superbill.pdf", from, to, model);
    }

    @GetMapping("/clients/{id}/superbill")
    String staff(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, Model model) {
        Client client = access.clinicalCheck(id, user);
        return form(model, client, "/clients/" + id + "/superbill.pdf", null, null, Map.of());
    }

    @GetMapping("/clients/{id}/superbill.pdf")
    Object staffPdf(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        Client client = access.clinicalCheck(id, user);
        return download(user, client, "/clients/" + id + "/superbill.pdf", from, to, model);
    }

    /** The PDF, or the form again with the message beside the date that does not read. */
    private Object download(ReliefDeskUser user, Client client, String action, String from, String to, Model model) {
        try {
            Superbill bill = superbills.of(client.id(), from, to, user);
            return SuperbillPdf.response(pdf.render(bill, LocaleContextHolder.getLocale()), bill);
        } catch (RuleViolationException e) {
            return form(model, client, action, from, to, FormErrors.of(e));
        }
    }

    private String form(Model model, Client client, String action, String from, String to,
            Map<String, String> errors) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("client", client).addAttribute("action", action)
                .addAttribute("from", from == null ? today.withDayOfYear(1).toString() : from)
                .addAttribute("to", to == null ? today.toString() : to).addAttribute("errors", errors);
        return "billing/superbills/superbill";
    }
}

package org.reliefdesk.outcomes.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.outcomes.Outcome;
import org.reliefdesk.outcomes.Outcome.MedicationOveruse;
import org.reliefdesk.outcomes.OutcomeSentence;
import org.reliefdesk.outcomes.Outcomes;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.shared.TypedFields;
import org.reliefdesk.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The outcome pages: the client's own, and a client's for their therapist (audited). */
@Controller
class OutcomePages {

    private static final OutcomeRules RULES = OutcomeRules.load();
    private final Outcomes outcomes;
    private final OutcomeCharts charts;
    private final MidasHistory midas;
    private final ClientAccess access;
    private final MessageSource messages;

    OutcomePages(Outcomes outcomes, OutcomeCharts charts, MidasHistory midas, ClientAccess access,
            MessageSource messages) {
        this.outcomes = outcomes;
        this.charts = charts;
        this.midas = midas;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/outcomes")
    String mine(@AuthenticationPrincipal ReliefDeskUser user, Model model) {
        Client client = access.self(user);
        addOutcome(model, client, null, null);
        model.addAttribute("staffView", false);
        model.addAttribute("midasDue", midas.checkInDue(client.id()));
        return "outcomes/mine";
    }

    @GetMapping("/clients/{clientId}/outcomes")
    String forTherapist(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID clientId,
            @RequestParam(required = false) String courseStart, @RequestParam(required = false) String baselineDays,
            Model model) {
        Client client = access.clinical(clientId, user, "READ_OUTCOMES", "OUTCOMES", null);
        model.addAttribute("staffView", true);
        model.addAttribute("courseStartParam", courseStart);
        model.addAttribute("baselineDaysParam", baselineDays);
        try {
            addOutcome(model, client, date(courseStart), days(baselineDays));
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e));
            addOutcome(model, client, null, null);
        }
        return "outcomes/client";
    }

    private void addOutcome(Model model, Client client, LocalDate courseStart, Integer baselineDays) {
        Outcome outcome = outcomes.of(client.id(), baselineDays, courseStart);
        model.addAttribute("client", client);
        model.addAllAttributes(words(outcome));
        OutcomeCharts.ChartData data = charts.of(client.id(), outcome);
        model.addAttribute("charts", data);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("chartJson", ChartJson.of(data,
                DateTimeFormatter.ofPattern(messages.getMessage("format.dayMonth", null, locale), locale)));
    }

    /** The outcome and its sentences, as the pages and the client page's panel show them. */
    static Map<String, Object> words(Outcome outcome) {
        Map<String, Object> words = new HashMap<>();
        words.put("outcome", outcome);
        words.put("sentence", OutcomeSentence.headacheDays(outcome));
        words.put("midasSentence", OutcomeSentence.midas(outcome.midas()));
        MedicationOveruse overuse = outcome.medicationOveruse();
        OutcomeRules.Threshold threshold = overuse == null ? null
                : RULES.medicationOveruse().thresholdFor(overuse.kindsLogged());
        words.put("overuseReason", threshold == null ? "none" : threshold.id());
        return words;
    }

    /** One parameter at a time: the page names the first one that does not read. */
    private static LocalDate date(String text) {
        FieldErrors errors = new FieldErrors();
        LocalDate date = TypedFields.date("courseStart", text, errors);
        errors.throwIfAny();
        return date;
    }

    private static Integer days(String text) {
        FieldErrors errors = new FieldErrors();
        Integer days = TypedFields.whole("baselineDays", text, OutcomesApi.BASELINE_DAYS_MESSAGE, errors);
        errors.throwIfAny();
        return days;
    }
}

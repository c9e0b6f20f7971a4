package org.reliefdesk.planning.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.reliefdesk.clients.Clients;
import org.reliefdesk.screening.ScreeningWords;
import org.reliefdesk.services.Services;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What the editor page shows besides the form: the options, the client's answers and restrictions, the total. */
@Component
class EditorModel {

    private final Catalogue catalogue;
    private final ClientRecords records;
    private final Clients clients;
    private final Services services;
    private final RuleWords words;
    private final ScreeningWords screeningWords;

    EditorModel(Catalogue catalogue, ClientRecords records, Clients clients, Services services, RuleWords words,
            ScreeningWords screeningWords) {
        this.words = words;
        this.screeningWords = screeningWords;
        this.catalogue = catalogue;
        this.records = records;
        this.clients = clients;
        this.services = services;
    }

    void fill(Model model, SessionPlan plan, PlanForm form, Map<String, String> errors, int focus) {
        model.addAttribute("plan", plan);
        model.addAttribute("reviewReasons", words.reasons(plan));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("focus", focus);
        model.addAttribute("client", clients.find(plan.clientId()).orElseThrow());
        model.addAttribute("service", services.find(plan.serviceCode()).orElseThrow());
        model.addAttribute("total", form.totalMinutes());
        model.addAttribute("phaseMinutes", form.minutesByPhase());
        model.addAttribute("phases", PlanEditorPages.phases());
        model.addAttribute("techniques", catalogue.techniques());
        model.addAttribute("areas", catalogue.areas());
        model.addAttribute("evidence", catalogue.evidence());
        model.addAttribute("blank", PlanForm.BlockForm.blank());
        records.latest(plan.clientId()).ifPresent(latest -> {
            model.addAttribute("answers", latest.context().answers());
            model.addAttribute("screening", screeningWords.in(latest.context().screening(),
                    LocaleContextHolder.getLocale()));
        });
    }

    /** Type mismatches (letters in a number field) as messages beside the field. */
    static Map<String, String> bindingErrors(BindingResult binding, String message) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.put(e.getField(), message));
        return errors;
    }
}

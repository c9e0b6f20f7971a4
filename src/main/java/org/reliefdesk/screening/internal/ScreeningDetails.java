package org.reliefdesk.screening.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.reliefdesk.clients.Client;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.screening.Screening;
import org.reliefdesk.screening.ScreeningStatus;
import org.reliefdesk.screening.Screenings;
import org.reliefdesk.shared.PageParams;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Everything the therapist reads about one screened intake: flags with the answers behind them, reasons
 * and sources, restrictions, the headache pattern, MIDAS, the answers by section and the body map.
 * Callers check access (and audit the read) first.
 */
@Component
class ScreeningDetails {

    private final Screenings screenings;
    private final Intakes intakes;
    private final Concerns concerns;
    private final Clock clock;
    private final RuleTexts texts;
    private final MessageSource messages;

    ScreeningDetails(Screenings screenings, Intakes intakes, Concerns concerns, Clock clock, RuleTexts texts,
            MessageSource messages) {
        this.screenings = screenings;
        this.intakes = intakes;
        this.concerns = concerns;
        this.clock = clock;
        this.texts = texts;
        this.messages = messages;
    }

    /** An intake listed with its date and outcome. */
    record Listed(int version, LocalDate submittedOn, String status) {
    }

    Map<String, Object> of(Client client, SubmittedIntake intake) {
        Locale locale = LocaleContextHolder.getLocale();
        Screening screening = texts.in(screenings.ofIntake(intake.id()).orElseThrow(), locale);
        IntakeForm form = intakes.form(locale);
        Concerns.Words words = Concerns.Words.in(messages, locale, clock.getZone());
        Map<String, Object> model = new HashMap<>();
        model.put("client", client);
        model.put("intake", intake);
        model.put("submittedOn", day(intake));
        model.put("screening", screening);
        model.put("concerns", concerns.of(screening, intake, form, words));
        model.put("groups", AnswerGroups.of(form, intake, words).groups());
        model.put("areas", intake.answers().set("focus.areas"));
        model.put("midasA", intake.answers().integer("midas.a"));
        model.put("midasB", intake.answers().integer("midas.b"));
        model.put("letter", Letters.available(screening));
        model.put("mayClear", screening.status() == ScreeningStatus.CLEARANCE_REQUIRED);
        model.put("today", LocalDate.now(clock));
        model.put("areaLabels", areaLabels(form));
        return model;
    }

    /** The client's intakes other than {@code except}, newest first. */
    List<Listed> earlier(Client client, SubmittedIntake except) {
        return intakes.list(client.id(), PageParams.of(0, 50)).items().stream()
                .filter(i -> i.version() != except.version())
                .map(i -> new Listed(i.version(), day(i),
                        screenings.ofIntake(i.id()).map(s -> s.status().name()).orElse("-")))
                .toList();
    }

    private static Map<String, String> areaLabels(IntakeForm form) {
        Map<String, String> labels = new HashMap<>();
        form.question("focus.areas").ifPresent(q -> q.options().forEach(o -> labels.put(o.value(), o.label())));
        return labels;
    }

    private LocalDate day(SubmittedIntake intake) {
        return LocalDate.ofInstant(intake.submittedAt(), clock.getZone());
    }
}

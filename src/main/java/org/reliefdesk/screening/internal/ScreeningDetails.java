package org.reliefdesk.screening.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reliefdesk.clients.Client;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.screening.Screening;
import org.reliefdesk.screening.ScreeningStatus;
import org.reliefdesk.screening.Screenings;
import org.reliefdesk.shared.PageParams;
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

    ScreeningDetails(Screenings screenings, Intakes intakes, Concerns concerns, Clock clock) {
        this.screenings = screenings;
        this.intakes = intakes;
        this.concerns = concerns;
        this.clock = clock;
    }

    /** An intake listed with its date and outcome. */
    record Listed(int version, LocalDate submittedOn, String status) {
    }

    Map<String, Object> of(Client client, SubmittedIntake intake) {
        Screening screening = screenings.ofIntake(intake.id()).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("client", client);
        model.put("intake", intake);
        model.put("submittedOn", day(intake));
        model.put("screening", screening);
        model.put("concerns", concerns.of(screening, intake));
        model.put("groups", AnswerGroups.of(intakes.form(), intake).groups());
        model.put("areas", intake.answers().set("focus.areas"));
        model.put("midasA", intake.answers().integer("midas.a"));
        model.put("midasB", intake.answers().integer("midas.b"));
        model.put("letter", Letters.available(screening));
        model.put("mayClear", screening.status() == ScreeningStatus.CLEARANCE_REQUIRED);
        model.put("today", LocalDate.now(clock));
        model.put("areaLabels", areaLabels());
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

    private Map<String, String> areaLabels() {
        Map<String, String> labels = new HashMap<>();
        intakes.form().question("focus.areas").ifPresent(q -> q.options().forEach(o -> labels.put(o.value(), o.label())));
        return labels;
    }

    private LocalDate day(SubmittedIntake intake) {
        return LocalDate.ofInstant(intake.submittedAt(), clock.getZone());
    }
}

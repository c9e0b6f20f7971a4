package org.reliefdesk.screening.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.reliefdesk.intake.IntakeAnswers;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.screening.Flag;
import org.reliefdesk.screening.Screening;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the client's outcome page shows: the reasons in the client's words (never the INFO flags, which
 * are for the therapist), and for an URGENT screening what to tell the emergency team.
 */
@Component
class OutcomeView {

    private final MessageSource messages;
    private final IntakeForm form;
    private final Clock clock;
    private final RuleTexts texts;
    private final Intakes intakes;

    OutcomeView(MessageSource messages, IntakeForm form, Clock clock, RuleTexts texts, Intakes intakes) {
        this.messages = messages;
        this.form = form;
        this.clock = clock;
        this.texts = texts;
        this.intakes = intakes;
    }

    /**
     * @param reasons why the status is what it is (URGENT or CLEARANCE flags)
     * @param adapted what the therapist will adapt (CAUTION flags, and cleared concerns)
     * @param tell for URGENT: sentences for the emergency team
     */
    record View(Screening screening, LocalDate submittedOn, List<Flag> reasons, List<Flag> adapted, List<String> tell,
            boolean letter, boolean hasDraft) {

        public String status() {
            return screening.status().name();
        }
    }

    View of(Screening stored, SubmittedIntake intake, boolean hasDraft) {
        Screening screening = texts.in(stored, LocaleContextHolder.getLocale());
        String strongest = switch (screening.status()) {
            case URGENT -> "URGENT";
            case CLEARANCE_REQUIRED -> "CLEARANCE";
            case CLEARED -> "none";
        };
        List<Flag> reasons = screening.flags().stream().filter(f -> f.severity().equals(strongest)).toList();
        List<Flag> adapted = screening.flags().stream().filter(f -> f.severity().equals("CAUTION")
                || screening.clearance() != null && f.severity().equals("CLEARANCE")).toList();
        List<String> tell = strongest.equals("URGENT") ? tell(reasons, intake.answers()) : List.of();
        return new View(screening, LocalDate.ofInstant(intake.submittedAt(), clock.getZone()), reasons, adapted, tell,
                Letters.available(screening), hasDraft);
    }

    private List<String> tell(List<Flag> urgent, IntakeAnswers answers) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> lines = new ArrayList<>();
        urgent.forEach(f -> lines.add(messages.getMessage("screening.tell." + f.code(), null, f.message(), locale)));
        if (answers.bool("about.pregnant")) {
            lines.add(messages.getMessage("screening.urgent.tellPregnant",
                    new Object[] {answers.integer("about.pregnancyTrimester")}, locale));
        }
        if (answers.bool("about.recentlyGaveBirth")) {
            lines.add(messages.getMessage("screening.urgent.tellGaveBirth", null, locale));
        }
        String medicines = medicines(answers);
        if (!medicines.isEmpty()) {
            lines.add(messages.getMessage("screening.urgent.tellMedicines", new Object[] {medicines}, locale));
        }
        return lines;
    }

    private String medicines(IntakeAnswers answers) {
        String code = "headache.acuteMedicationKinds";
        List<String> taken = answers.set(code).stream().filter(v -> !v.equals("NONE")).toList();
        String kinds = taken.isEmpty() ? null : intakes.form(LocaleContextHolder.getLocale()).question(code).orElseThrow().describe(taken);
        return String.join("; ", Stream.of(kinds, answers.text("headache.preventiveMedication"),
                answers.text("health.medications")).filter(s -> s != null && !s.isBlank()).toList());
    }
}

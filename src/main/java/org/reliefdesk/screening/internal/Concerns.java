package org.reliefdesk.screening.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.reliefdesk.intake.IntakeAnswers;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Question;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.screening.Flag;
import org.reliefdesk.screening.Screening;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each flag of a screening with the client's answers that raised it: the codes read by the rules
 * behind the flag that held for this intake (so a letter can quote "the answers that raised each concern").
 */
@Component
class Concerns {

    private final RuleBook rules;
    private final IntakeForm form;
    private final Clock clock;

    Concerns(RuleBook rules, IntakeForm form, Clock clock) {
        this.rules = rules;
        this.form = form;
        this.clock = clock;
    }

    /** One answer as a person reads it: the question and the answer in words. */
    record Answer(String question, String answer, boolean typed) {

        /** An answer in words; {@code typed} when the client wrote it themselves (shown as written). */
        Answer(String question, String answer) {
            this(question, answer, false);
        }
    }

    /** The reader's words for yes, no and an empty set. */
    record Words(String yes, String no, String none) {
        static final Words ENGLISH = new Words("Yes", "No", "None");

        /** The words in {@code locale}'s language. */
        static Words in(MessageSource messages, Locale locale) {
            return new Words(messages.getMessage("intake.yes", null, locale),
                    messages.getMessage("intake.no", null, locale), messages.getMessage("screening.none", null, locale));
        }

        String describe(Question q, Object value) {
            return q.describe(value, yes, no, none);
        }
    }

    /** A flag and the answers behind it. */
    record Concern(Flag flag, List<Answer> answers) {
    }

    List<Concern> of(Screening screening, SubmittedIntake intake) {
        return of(screening, intake, form, Words.ENGLISH);
    }

    /** The concerns with the questions of {@code shown} (the form in the reader's language) and their words. */
    List<Concern> of(Screening screening, SubmittedIntake intake, IntakeForm shown, Words words) {
        IntakeAnswers answers = ScreeningEngine.withAge(intake.answers(),
                LocalDate.ofInstant(intake.submittedAt(), clock.getZone()));
        List<Concern> concerns = new ArrayList<>();
        for (Flag flag : screening.flags()) {
            Set<String> codes = new LinkedHashSet<>();
            rules.rules().stream()
                    .filter(r -> r.flag().equals(flag.code()) && r.severity().name().equals(flag.severity()))
                    .filter(r -> r.condition().test(answers))
                    .forEach(r -> codes.addAll(r.condition().codes()));
            concerns.add(new Concern(flag, codes.stream().filter(answers::has)
                    .map(c -> answer(c, answers, shown, words)).toList()));
        }
        return concerns;
    }

    private Answer answer(String code, IntakeAnswers answers, IntakeForm shown, Words words) {
        Question q = shown.question(code).orElse(RuleBook.DERIVED.get(code));
        if (q == null) {
            return new Answer(code, String.valueOf(answers.get(code).orElse(null)));
        }
        return new Answer(q.label(), words.describe(q, answers.get(code).orElse(null)),
                q.type() == org.reliefdesk.intake.QuestionType.TEXT);
    }
}

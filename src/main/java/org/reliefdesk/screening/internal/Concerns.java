package org.reliefdesk.screening.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.reliefdesk.intake.IntakeAnswers;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Question;
import org.reliefdesk.intake.QuestionType;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.screening.Flag;
import org.reliefdesk.screening.Screening;
import org.reliefdesk.shared.TypedFields;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each flag of a screening with the client's answers that raised it: the codes read by the rules
 * behind the flag that held for this intake (so a letter can quote "the answers that raised each concern").
 */
@Component
class Concerns {

    private final RuleBook rules;
    private final Clock clock;

    Concerns(RuleBook rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** One answer as a person reads it: the question and the answer in words. */
    record Answer(String question, String answer, boolean typed) {

        /** An answer in words; {@code typed} when the client wrote it themselves (shown as written). */
        Answer(String question, String answer) {
            this(question, answer, false);
        }
    }

    /**
     * The reader's words for yes, no and an empty set, and the shapes of dates, times and numbers in the reader's
     * locale ({@code format.date}, {@code format.dateTime}), times in the practice's zone.
     */
    record Words(String yes, String no, String none, Locale locale, DateTimeFormatter date, DateTimeFormatter dateTime,
            ZoneId zone) {
        /** The words in {@code locale}'s language, times in {@code zone}. */
        static Words in(MessageSource messages, Locale locale, ZoneId zone) {
            return new Words(messages.getMessage("intake.yes", null, locale),
                    messages.getMessage("intake.no", null, locale), messages.getMessage("screening.none", null, locale),
                    locale, DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale), locale),
                    DateTimeFormatter.ofPattern(messages.getMessage("format.dateTime", null, locale), locale), zone);
        }

        /** An answer in words: a date or a time as the reader writes it, a number in the reader's digits. */
        String describe(Question q, Object value) {
            if (value != null && q.type() == QuestionType.DATE) {
                return value instanceof LocalDate day ? date.format(day)
                        : TypedFields.date(value.toString()).map(date::format).orElse(value.toString());
            }
            if (value instanceof String text && q.type() == QuestionType.TIMESTAMP) {
                try {
                    return dateTime.format(OffsetDateTime.parse(text).atZoneSameInstant(zone));
                } catch (DateTimeParseException e) {
                    return text;
                }
            }
            if (value instanceof BigDecimal number) {
                NumberFormat digits = NumberFormat.getNumberInstance(locale);
                digits.setMaximumFractionDigits(Math.max(0, number.stripTrailingZeros().scale()));
                return digits.format(number);
            }
            return q.describe(value, yes, no, none);
        }
    }

    /** A flag and the answers behind it. */
    record Concern(Flag flag, List<Answer> answers) {
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

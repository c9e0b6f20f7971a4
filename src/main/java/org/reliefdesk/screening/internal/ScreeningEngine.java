package org.reliefdesk.screening.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reliefdesk.intake.IntakeAnswers;
import org.reliefdesk.screening.Flag;
import org.reliefdesk.screening.Restriction;
import org.reliefdesk.screening.Screening.HeadachePattern;
import org.reliefdesk.screening.Screening.Midas;
import org.reliefdesk.screening.ScreeningStatus;

/**
 * Evaluates the rule table over one intake: every rule whose condition holds raises its flag and
 * restrictions. A flag code raised by several rules is listed once with the strongest severity
 * (NECK_CONDITION); restrictions merge as CLINICAL.md section 4 says. Pure: no storage, no clock.
 */
public final class ScreeningEngine {

    private final RuleBook rules;

    public ScreeningEngine(RuleBook rules) {
        this.rules = rules;
    }

    public RuleBook rules() {
        return rules;
    }

    /** The outcome before any clearance, plus the ids of the rules that fired (for tests and review). */
    public record Evaluation(ScreeningStatus status, List<Flag> flags, List<Restriction> restrictions,
            HeadachePattern headachePattern, Midas midas, List<String> firedRules) {
    }

    /** Screens the answers as of {@code on} (the day that decides the age in full years). */
    public Evaluation evaluate(IntakeAnswers answers, LocalDate on) {
        IntakeAnswers withAge = withAge(answers, on);
        List<ScreeningRule> fired = rules.rules().stream().filter(r -> r.condition().test(withAge)).toList();
        List<Flag> flags = flags(fired);
        ScreeningStatus status = fired.stream().map(r -> r.severity().status())
                .min(Comparator.comparing(s -> List.of(ScreeningStatus.URGENT, ScreeningStatus.CLEARANCE_REQUIRED,
                        ScreeningStatus.CLEARED).indexOf(s)))
                .orElse(ScreeningStatus.CLEARED);
        boolean warningSign = fired.stream().anyMatch(ScreeningRule::warningSign);
        boolean overuse = fired.stream().anyMatch(r -> r.flag().equals("MEDICATION_OVERUSE"));
        List<Restriction> restrictions = RestrictionMerge.merge(
                fired.stream().flatMap(r -> r.restrictions().stream()).toList());
        return new Evaluation(status, flags, restrictions, HeadachePatterns.suggest(answers, warningSign, overuse),
                MidasScore.of(answers), fired.stream().map(ScreeningRule::id).toList());
    }

    /** The answers plus {@code age} in full years on the given day (absent without a date of birth). */
    public static IntakeAnswers withAge(IntakeAnswers answers, LocalDate on) {
        LocalDate born = answers.date("about.dateOfBirth");
        if (born == null) {
            return answers;
        }
        Map<String, Object> values = new HashMap<>(answers.values());
        values.put("age", Period.between(born, on).getYears());
        return new IntakeAnswers(values);
    }

    private static List<Flag> flags(List<ScreeningRule> fired) {
        Map<String, ScreeningRule> strongest = new LinkedHashMap<>();
        for (ScreeningRule rule : fired) {
            strongest.merge(rule.flag(), rule, (a, b) -> b.severity().compareTo(a.severity()) < 0 ? b : a);
        }
        List<ScreeningRule> kept = new ArrayList<>(strongest.values());
        kept.sort(Comparator.comparing(ScreeningRule::severity));
        return kept.stream().map(ScreeningRule::toFlag).toList();
    }
}

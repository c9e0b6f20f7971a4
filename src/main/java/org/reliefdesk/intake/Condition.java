package org.reliefdesk.intake;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;

/**
 * A condition over intake answers, written as data: {@code {code: warning.thunderclap, eq: true}},
 * {@code {code: age, gte: 50}}, {@code {code: health.neckConditions, containsAny: [DISC_HERNIATION]}},
 * combined with {@code all}, {@code any} and {@code not}. A comparison on an absent answer is false
 * (so {@code ne} is true for it). Parse with {@link ConditionParser}, which checks every code and value.
 */
public sealed interface Condition {

    boolean test(IntakeAnswers answers);

    /** The condition as written (served with the form definition). */
    @JsonValue
    JsonNode spec();

    /** Every code this condition reads. */
    List<String> codes();

    /** Every comparison inside this condition. */
    List<Compare> comparisons();

    /** All of the parts hold. */
    record All(List<Condition> parts, JsonNode spec) implements Condition {
        public boolean test(IntakeAnswers answers) {
            return parts.stream().allMatch(p -> p.test(answers));
        }

        public List<String> codes() {
            return parts.stream().flatMap(p -> p.codes().stream()).toList();
        }

        public List<Compare> comparisons() {
            return parts.stream().flatMap(p -> p.comparisons().stream()).toList();
        }
    }

    /** At least one part holds. */
    record Any(List<Condition> parts, JsonNode spec) implements Condition {
        public boolean test(IntakeAnswers answers) {
            return parts.stream().anyMatch(p -> p.test(answers));
        }

        public List<String> codes() {
            return parts.stream().flatMap(p -> p.codes().stream()).toList();
        }

        public List<Compare> comparisons() {
            return parts.stream().flatMap(p -> p.comparisons().stream()).toList();
        }
    }

    /** The part does not hold. */
    record Not(Condition part, JsonNode spec) implements Condition {
        public boolean test(IntakeAnswers answers) {
            return !part.test(answers);
        }

        public List<String> codes() {
            return part.codes();
        }

        public List<Compare> comparisons() {
            return part.comparisons();
        }
    }

    /** One comparison of an answer with a value (or values, for {@code in} and {@code containsAny}). */
    record Compare(String code, Operator operator, Object value, JsonNode spec) implements Condition {

        public boolean test(IntakeAnswers answers) {
            Object answer = answers.get(code).orElse(null);
            return switch (operator) {
                case EQ -> same(answer, value);
                case NE -> !same(answer, value);
                case GT -> compare(answer) > 0;
                case GTE -> answer instanceof Number && compare(answer) >= 0;
                case LT -> answer instanceof Number && compare(answer) < 0;
                case LTE -> answer instanceof Number && compare(answer) <= 0;
                case IN -> ((List<?>) value).stream().anyMatch(v -> same(answer, v));
                case CONTAINS_ANY -> answer instanceof Collection<?> items
                        && ((List<?>) value).stream().anyMatch(v -> items.stream().anyMatch(i -> same(i, v)));
                case PRESENT -> present(answer) == (Boolean) value;
            };
        }

        public List<String> codes() {
            return List.of(code);
        }

        public List<Compare> comparisons() {
            return List.of(this);
        }

        /** Negative when the answer is below the value; also negative (never "greater") when absent. */
        private int compare(Object answer) {
            return answer instanceof Number n ? new BigDecimal(n.toString()).compareTo((BigDecimal) value) : -1;
        }

        private static boolean present(Object answer) {
            return answer != null && !(answer instanceof Collection<?> c && c.isEmpty());
        }

        static boolean same(Object answer, Object expected) {
            if (answer instanceof Number a && expected instanceof Number e) {
                return new BigDecimal(a.toString()).compareTo(new BigDecimal(e.toString())) == 0;
            }
            return answer != null && answer.toString().equals(expected.toString())
                    && (answer instanceof Boolean) == (expected instanceof Boolean);
        }
    }

    /** The comparisons the language knows, by their YAML key. */
    enum Operator {
        EQ("eq"), NE("ne"), GT("gt"), GTE("gte"), LT("lt"), LTE("lte"), IN("in"), CONTAINS_ANY("containsAny"),
        PRESENT("present");

        private final String key;

        Operator(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public boolean isOrdering() {
            return this == GT || this == GTE || this == LT || this == LTE;
        }
    }
}

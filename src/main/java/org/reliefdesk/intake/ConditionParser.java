package org.reliefdesk.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.reliefdesk.intake.Condition.Operator;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@link Condition} written as data and checks it against the questions it names: an
 * unknown code, an operator that does not fit the answer's type, or a value the question does not
 * allow is an {@link IllegalArgumentException} naming the place ({@code where}) and the problem.
 */
public final class ConditionParser {

    private static final Set<String> COMBINERS = Set.of("all", "any", "not");
    private final Function<String, Question> questions;

    /** {@code questions} finds a question by code, or returns null for an unknown code. */
    public ConditionParser(Function<String, Question> questions) {
        this.questions = questions;
    }

    public Condition parse(JsonNode spec, String where) {
        if (spec == null || !spec.isObject() || spec.isEmpty()) {
            throw problem(where, "a condition must be an object such as {code: warning.thunderclap, eq: true}");
        }
        Set<String> keys = Set.copyOf(spec.propertyNames());
        if (keys.size() == 1 && COMBINERS.contains(keys.iterator().next())) {
            return combine(keys.iterator().next(), spec, where);
        }
        return compare(spec, keys, where);
    }

    private Condition combine(String key, JsonNode spec, String where) {
        JsonNode inner = spec.get(key);
        if (key.equals("not")) {
            return new Condition.Not(parse(inner, where + ".not"), spec);
        }
        if (!inner.isArray() || inner.isEmpty()) {
            throw problem(where, "'" + key + "' needs a non-empty list of conditions");
        }
        List<Condition> parts = new ArrayList<>();
        for (int i = 0; i < inner.size(); i++) {
            parts.add(parse(inner.get(i), where + "." + key + "[" + i + "]"));
        }
        return key.equals("all") ? new Condition.All(parts, spec) : new Condition.Any(parts, spec);
    }

    private Condition compare(JsonNode spec, Set<String> keys, String where) {
        if (!keys.contains("code") || keys.size() != 2) {
            throw problem(where, "a comparison needs 'code' and exactly one operator, found " + keys);
        }
        String code = spec.get("code").asString();
        Question question = questions.apply(code);
        if (question == null) {
            throw problem(where, "unknown intake code '" + code + "'");
        }
        String key = keys.stream().filter(k -> !k.equals("code")).findFirst().orElseThrow();
        Operator operator = operator(key, where);
        Object value = value(question, operator, spec.get(key), where);
        return new Condition.Compare(code, operator, value, spec);
    }

    private static Operator operator(String key, String where) {
        for (Operator operator : Operator.values()) {
            if (operator.key().equals(key)) {
                return operator;
            }
        }
        throw problem(where, "unknown operator '" + key + "' (use all, any, not or one of "
                + List.of(Operator.values()).stream().map(Operator::key).toList() + ")");
    }

    private static Object value(Question question, Operator operator, JsonNode value, String where) {
        if (operator == Operator.PRESENT) {
            return expect(value.isBoolean(), value.booleanValue(), question, operator, where);
        }
        boolean list = operator == Operator.IN || operator == Operator.CONTAINS_ANY;
        boolean fits = switch (question.type()) {
            case BOOLEAN -> operator == Operator.EQ || operator == Operator.NE;
            case CHOICE -> operator == Operator.EQ || operator == Operator.NE || operator == Operator.IN;
            case INTEGER, NUMBER -> operator != Operator.CONTAINS_ANY;
            case SET -> operator == Operator.CONTAINS_ANY;
            default -> false;
        };
        if (!fits) {
            throw problem(where, "'" + operator.key() + "' does not fit " + question.code() + " ("
                    + question.type() + ")");
        }
        if (list) {
            if (!value.isArray() || value.isEmpty()) {
                throw problem(where, "'" + operator.key() + "' needs a non-empty list");
            }
            List<Object> items = new ArrayList<>();
            value.values().forEach(item -> items.add(scalar(question, operator, item, where)));
            return List.copyOf(items);
        }
        return scalar(question, operator, value, where);
    }

    private static Object scalar(Question question, Operator operator, JsonNode value, String where) {
        return switch (question.type()) {
            case BOOLEAN -> expect(value.isBoolean(), value.booleanValue(), question, operator, where);
            case INTEGER, NUMBER -> expect(value.isNumber(), value.isNumber() ? value.decimalValue() : null,
                    question, operator, where);
            default -> {
                String text = value.isString() ? value.stringValue() : null;
                yield expect(text != null && question.allows(text), text, question, operator, where);
            }
        };
    }

    private static Object expect(boolean ok, Object value, Question question, Operator operator, String where) {
        if (!ok) {
            throw problem(where, "'" + operator.key() + "' on " + question.code() + " needs "
                    + (operator == Operator.PRESENT ? "true or false" : describe(question)));
        }
        return value;
    }

    private static String describe(Question question) {
        return switch (question.type()) {
            case BOOLEAN -> "true or false";
            case INTEGER, NUMBER -> "a number";
            default -> "one of " + question.options().stream().map(Question.Option::value).toList();
        };
    }

    private static IllegalArgumentException problem(String where, String message) {
        return new IllegalArgumentException(where + ": " + message);
    }

    /** A parser over a fixed map of questions. */
    public static ConditionParser over(Map<String, Question> questions) {
        return new ConditionParser(questions::get);
    }
}

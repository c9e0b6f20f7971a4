package org.reliefdesk.outcomes.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.TypedFields;
import tools.jackson.databind.JsonNode;

/** Reads and checks the MIDAS answers {q1…q5, a, b}: whole numbers of days 0–92, b a pain rating 0–10. */
final class MidasAnswers {

    static final List<String> SCORED = List.of("q1", "q2", "q3", "q4", "q5");
    static final List<String> ALL = List.of("q1", "q2", "q3", "q4", "q5", "a", "b");

    private MidasAnswers() {
    }

    /** Every answer by its code; 422 naming each missing, mistyped or out-of-range field. */
    static Map<String, Integer> read(JsonNode body) {
        FieldErrors errors = new FieldErrors();
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String field : ALL) {
            JsonNode node = body == null || !body.isObject() ? null : body.get(field);
            answers.put(field, check(field, node, errors));
        }
        errors.throwIfAny("The MIDAS answers break " + errors.list().size() + " rule(s)");
        return answers;
    }

    /** The same checks for answers typed on a page (text). */
    static Map<String, Integer> read(Map<String, String> typed) {
        FieldErrors errors = new FieldErrors();
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String field : ALL) {
            String text = typed.get(field);
            errors.required(field, text);
            Integer value = TypedFields.whole(field, text, TypedFields.WHOLE_MESSAGE, errors);
            answers.put(field, value == null ? null : range(field, value, errors));
        }
        errors.throwIfAny("The MIDAS answers break " + errors.list().size() + " rule(s)");
        return answers;
    }

    private static Integer check(String field, JsonNode node, FieldErrors errors) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            errors.required(field, null);
            return null;
        }
        if (!(node.isNumber() && node.canConvertToExactIntegral() && node.canConvertToInt())) {
            errors.add(field, "must be a whole number");
            return null;
        }
        return range(field, node.intValue(), errors);
    }

    private static Integer range(String field, int value, FieldErrors errors) {
        int max = field.equals("b") ? 10 : 92;
        if (value < 0 || value > max) {
            errors.add(field, field.equals("b") ? "must be a pain rating from 0 to 10" : "must be 0 to 92 days");
            return null;
        }
        return value;
    }
}

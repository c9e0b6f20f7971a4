package org.reliefdesk.intake.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Question;
import org.reliefdesk.intake.QuestionType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Typed answers by dotted code ↔ the nested JSON of INTAKE.md ({@code {"headache": {"daysPerMonth": 8}}}). */
public final class AnswerJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AnswerJson() {
    }

    public static ObjectNode nest(Map<String, Object> values) {
        ObjectNode root = NODES.objectNode();
        values.forEach((code, value) -> {
            int dot = code.indexOf('.');
            ObjectNode section = root.has(code.substring(0, dot)) ? (ObjectNode) root.get(code.substring(0, dot))
                    : root.putObject(code.substring(0, dot));
            section.set(code.substring(dot + 1), node(value));
        });
        return root;
    }

    private static JsonNode node(Object value) {
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Collection<?> items) {
            var array = NODES.arrayNode();
            items.forEach(item -> array.add(item.toString()));
            return array;
        }
        return NODES.stringNode(value.toString());
    }

    /** Reads stored answers back to typed values by the form's question types. */
    public static Map<String, Object> flatten(JsonNode stored, IntakeForm form) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Question q : form.questions()) {
            int dot = q.code().indexOf('.');
            JsonNode raw = stored.path(q.code().substring(0, dot)).get(q.code().substring(dot + 1));
            if (raw == null || raw.isNull()) {
                continue;
            }
            Object value = q.type() == QuestionType.TIMESTAMP ? raw.asString() : AnswerReader.read(q, raw).value();
            if (value != null) {
                values.put(q.code(), value);
            }
        }
        return values;
    }
}

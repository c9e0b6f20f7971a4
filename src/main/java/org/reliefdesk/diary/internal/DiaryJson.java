package org.reliefdesk.diary.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.reliefdesk.diary.DiaryInput;
import org.reliefdesk.shared.FieldErrors;
import tools.jackson.databind.JsonNode;

/**
 * Reads a diary day from JSON field by field: a value of the wrong JSON type is a 400 naming its field
 * (API.md's conventions), a number that is not whole or not finite a 422 — never silently converted
 * (5.5 is not an intensity of 5).
 */
final class DiaryJson {

    private DiaryJson() {
    }

    static DiaryInput read(JsonNode body, FieldErrors errors) {
        FieldErrors types = new FieldErrors();
        if (body == null || !body.isObject()) {
            types.add("body", "must be a JSON object").throwIfAnyWrongTypes();
        }
        DiaryInput input = new DiaryInput(bool(body, "headache", types), integer(body, "peakIntensity", types, errors),
                number(body, "durationHours", types, errors), strings(body, "acuteMedication", types),
                strings(body, "triggers", types), text(body, "note", types));
        types.throwIfAnyWrongTypes();
        return input;
    }

    private static JsonNode value(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }

    private static Boolean bool(JsonNode body, String field, FieldErrors errors) {
        JsonNode node = value(body, field);
        if (node != null && !node.isBoolean()) {
            errors.add(field, "must be true or false");
            return null;
        }
        return node == null ? null : node.booleanValue();
    }

    private static Integer integer(JsonNode body, String field, FieldErrors types, FieldErrors errors) {
        JsonNode node = value(body, field);
        if (node != null && !node.isNumber()) {
            types.add(field, "must be a whole number");
            return null;
        }
        if (node != null && !(node.canConvertToExactIntegral() && node.canConvertToInt())) {
            errors.add(field, "must be a whole number");
            return null;
        }
        return node == null ? null : node.intValue();
    }

    private static BigDecimal number(JsonNode body, String field, FieldErrors types, FieldErrors errors) {
        JsonNode node = value(body, field);
        if (node != null && !node.isNumber()) {
            types.add(field, "must be a number");
            return null;
        }
        if (node != null && node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            errors.add(field, "must be a finite number");
            return null;
        }
        return node == null ? null : node.decimalValue();
    }

    private static List<String> strings(JsonNode body, String field, FieldErrors errors) {
        JsonNode node = value(body, field);
        if (node == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        boolean wrong = !node.isArray();
        if (!wrong) {
            for (JsonNode item : node) {
                wrong |= !item.isString();
                values.add(item.isString() ? item.stringValue() : null);
            }
        }
        if (wrong) {
            errors.add(field, "must be a list of codes");
            return null;
        }
        return values;
    }

    private static String text(JsonNode body, String field, FieldErrors errors) {
        JsonNode node = value(body, field);
        if (node != null && !node.isString()) {
            errors.add(field, "must be text");
            return null;
        }
        return node == null ? null : node.stringValue();
    }
}

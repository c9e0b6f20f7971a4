package org.reliefdesk.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON body field by field, never guessing: a value of the wrong JSON type (text where a number belongs)
 * is collected for a 400 naming the field (API.md: "400 … wrong types"); a number that is not whole or not finite
 * breaks a rule and goes to the caller's {@code errors} (a 422). {@code 5.5} is never an intensity of 5.
 */
public final class JsonFields {

    private final JsonNode body;
    private final FieldErrors types = new FieldErrors();
    private final FieldErrors errors;

    private JsonFields(JsonNode body, FieldErrors errors) {
        this.body = body;
        this.errors = errors;
    }

    /** A reader of {@code body}, which must be a JSON object (else a 400 at once). */
    public static JsonFields of(JsonNode body, FieldErrors errors) {
        if (body == null || !body.isObject()) {
            new FieldErrors().add("body", "must be a JSON object").throwIfAnyWrongTypes();
        }
        return new JsonFields(body, errors);
    }

    /** The body's field, or null when absent or JSON null. */
    public JsonNode value(String field) {
        return value(body, field);
    }

    public String text(String field) {
        return text(body, field, field);
    }

    public Integer whole(String field) {
        return whole(body, field, field);
    }

    public Boolean bool(String field) {
        JsonNode node = value(field);
        if (node != null && !node.isBoolean()) {
            types.add(field, "must be true or false");
            return null;
        }
        return node == null ? null : node.booleanValue();
    }

    public BigDecimal number(String field) {
        JsonNode node = value(field);
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

    /** A list of strings (codes); anything else in it is a wrong type. */
    public List<String> codes(String field) {
        JsonNode node = value(field);
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
            types.add(field, "must be a list of codes");
            return null;
        }
        return values;
    }

    /**
     * {@code field} of a nested {@code item}, reported as {@code name} ({@code techniquesUsed[0].area}); free text, so
     * a control character other than line break or tab breaks a rule.
     */
    public String text(JsonNode item, String field, String name) {
        JsonNode node = value(item, field);
        if (node != null && !node.isString()) {
            types.add(name, "must be text");
            return null;
        }
        if (node != null && !PlainText.isFreeText(node.stringValue())) {
            errors.add(name, PlainText.FREE_TEXT_MESSAGE);
        }
        return node == null ? null : node.stringValue();
    }

    /** {@code field} of a nested {@code item}, reported as {@code name}. */
    public Integer whole(JsonNode item, String field, String name) {
        JsonNode node = value(item, field);
        if (node != null && !node.isNumber()) {
            types.add(name, "must be a whole number");
            return null;
        }
        if (node != null && !(node.canConvertToExactIntegral() && node.canConvertToInt())) {
            errors.add(name, "must be a whole number");
            return null;
        }
        return node == null ? null : node.intValue();
    }

    /** A value whose shape is wrong (a list expected, an object found). */
    public void wrongType(String name, String message) {
        types.add(name, message);
    }

    /** The 400 for every value of the wrong type met so far, if any. */
    public void throwIfWrongTypes() {
        types.throwIfAnyWrongTypes();
    }

    private static JsonNode value(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isMissingNode() ? null : value;
    }
}

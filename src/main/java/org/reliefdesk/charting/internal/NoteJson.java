package org.reliefdesk.charting.internal;

import java.util.ArrayList;
import java.util.List;

import org.reliefdesk.charting.SessionNote.TechniqueUsed;
import org.reliefdesk.shared.FieldErrors;
import tools.jackson.databind.JsonNode;

/**
 * Reads a note from JSON field by field, never guessing: a value of the wrong JSON type is a 400 naming the
 * field (API.md's conventions), a number that is not whole a 422.
 */
final class NoteJson {

    private NoteJson() {
    }

    static NoteInput read(JsonNode body, FieldErrors errors) {
        FieldErrors types = new FieldErrors();
        object(body, types);
        NoteInput input = new NoteInput(text(body, "subjective", types), text(body, "objective", types),
                text(body, "assessment", types), text(body, "plan", types), whole(body, "painBefore", types, errors),
                whole(body, "painAfter", types, errors), whole(body, "pressure", types, errors),
                techniques(body, types, errors), text(body, "adverseReaction", types),
                whole(body, "version", types, errors));
        types.throwIfAnyWrongTypes();
        return input;
    }

    /** One text field of an object body (an amendment's {@code text}); a wrong type is a 400. */
    static String text(JsonNode body, String field) {
        FieldErrors types = new FieldErrors();
        object(body, types);
        String text = text(body, field, types);
        types.throwIfAnyWrongTypes();
        return text;
    }

    private static void object(JsonNode body, FieldErrors types) {
        if (body == null || !body.isObject()) {
            types.add("body", "must be a JSON object").throwIfAnyWrongTypes();
        }
    }

    private static String text(JsonNode body, String field, FieldErrors types) {
        JsonNode node = value(body, field);
        if (node != null && !node.isString()) {
            types.add(field, "must be text");
            return null;
        }
        return node == null ? null : node.stringValue();
    }

    private static Integer whole(JsonNode body, String field, FieldErrors types, FieldErrors errors) {
        return whole(body, field, field, types, errors);
    }

    private static List<TechniqueUsed> techniques(JsonNode body, FieldErrors types, FieldErrors errors) {
        JsonNode node = value(body, "techniquesUsed");
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            types.add("techniquesUsed", "must be a list of {technique, area, minutes}");
            return null;
        }
        List<TechniqueUsed> techniques = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String prefix = "techniquesUsed[" + i + "].";
            if (!item.isObject()) {
                types.add("techniquesUsed[" + i + "]", "must be an object {technique, area, minutes}");
                continue;
            }
            techniques.add(new TechniqueUsed(text(item, "technique", types, prefix), text(item, "area", types, prefix),
                    whole(item, prefix + "minutes", "minutes", types, errors),
                    whole(item, prefix + "pressure", "pressure", types, errors)));
        }
        return techniques;
    }

    private static String text(JsonNode item, String field, FieldErrors types, String prefix) {
        JsonNode node = value(item, field);
        if (node != null && !node.isString()) {
            types.add(prefix + field, "must be text");
            return null;
        }
        return node == null ? null : node.stringValue();
    }

    /** {@code field} of {@code item}, reported as {@code name}: not a number is a wrong type, not whole a rule broken. */
    private static Integer whole(JsonNode item, String name, String field, FieldErrors types, FieldErrors errors) {
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

    private static JsonNode value(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }
}

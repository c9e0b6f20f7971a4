package org.reliefdesk.charting.internal;

import java.util.ArrayList;
import java.util.List;

import org.reliefdesk.charting.SessionNote.TechniqueUsed;
import org.reliefdesk.shared.FieldErrors;
import tools.jackson.databind.JsonNode;

/** Reads a note from JSON field by field: a wrong type is a 422 naming the field, never a guess. */
final class NoteJson {

    private NoteJson() {
    }

    static NoteInput read(JsonNode body, FieldErrors errors) {
        if (body == null || !body.isObject()) {
            errors.add("body", "must be a JSON object");
            return new NoteInput(null, null, null, null, null, null, null, null, null, null);
        }
        return new NoteInput(text(body, "subjective", errors), text(body, "objective", errors),
                text(body, "assessment", errors), text(body, "plan", errors), whole(body, "painBefore", errors),
                whole(body, "painAfter", errors), whole(body, "pressure", errors), techniques(body, errors),
                text(body, "adverseReaction", errors), whole(body, "version", errors));
    }

    static String text(JsonNode body, String field, FieldErrors errors) {
        JsonNode node = value(body, field);
        if (node != null && !node.isString()) {
            errors.add(field, "must be text");
            return null;
        }
        return node == null ? null : node.stringValue();
    }

    private static Integer whole(JsonNode body, String field, FieldErrors errors) {
        JsonNode node = value(body, field);
        if (node != null && !(node.isNumber() && node.canConvertToExactIntegral() && node.canConvertToInt())) {
            errors.add(field, "must be a whole number");
            return null;
        }
        return node == null ? null : node.intValue();
    }

    private static List<TechniqueUsed> techniques(JsonNode body, FieldErrors errors) {
        JsonNode node = value(body, "techniquesUsed");
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            errors.add("techniquesUsed", "must be a list of {technique, area, minutes}");
            return null;
        }
        List<TechniqueUsed> techniques = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String prefix = "techniquesUsed[" + i + "].";
            if (!item.isObject()) {
                errors.add("techniquesUsed[" + i + "]", "must be an object {technique, area, minutes}");
                continue;
            }
            techniques.add(new TechniqueUsed(text(item, "technique", errors, prefix), text(item, "area", errors, prefix),
                    whole(item, prefix + "minutes", "minutes", errors), whole(item, prefix + "pressure", "pressure", errors)));
        }
        return techniques;
    }

    private static String text(JsonNode item, String field, FieldErrors errors, String prefix) {
        JsonNode node = value(item, field);
        if (node != null && !node.isString()) {
            errors.add(prefix + field, "must be text");
            return null;
        }
        return node == null ? null : node.stringValue();
    }

    private static Integer whole(JsonNode item, String name, String field, FieldErrors errors) {
        JsonNode node = value(item, field);
        if (node != null && !(node.isNumber() && node.canConvertToExactIntegral() && node.canConvertToInt())) {
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

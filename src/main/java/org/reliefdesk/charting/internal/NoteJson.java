package org.reliefdesk.charting.internal;

import java.util.ArrayList;
import java.util.List;

import org.reliefdesk.charting.SessionNote.TechniqueUsed;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.JsonFields;
import tools.jackson.databind.JsonNode;

/** Reads a note from JSON: a wrong JSON type is a 400 naming the field, a number that is not whole a 422. */
final class NoteJson {

    private NoteJson() {
    }

    static NoteInput read(JsonNode body, FieldErrors errors) {
        JsonFields json = JsonFields.of(body, errors);
        NoteInput input = new NoteInput(json.text("subjective"), json.text("objective"), json.text("assessment"),
                json.text("plan"), json.whole("painBefore"), json.whole("painAfter"), json.whole("pressure"),
                techniques(json), json.text("adverseReaction"), json.whole("version"));
        json.throwIfWrongTypes();
        return input;
    }

    /** One text field of an object body (an amendment's {@code text}); a wrong type is a 400. */
    static String text(JsonNode body, String field) {
        JsonFields json = JsonFields.of(body, new FieldErrors());
        String text = json.text(field);
        json.throwIfWrongTypes();
        return text;
    }

    private static List<TechniqueUsed> techniques(JsonFields json) {
        JsonNode node = json.value("techniquesUsed");
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            json.wrongType("techniquesUsed", "must be a list of {technique, area, minutes}");
            return null;
        }
        List<TechniqueUsed> techniques = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String prefix = "techniquesUsed[" + i + "].";
            if (!item.isObject()) {
                json.wrongType("techniquesUsed[" + i + "]", "must be an object {technique, area, minutes}");
                continue;
            }
            techniques.add(new TechniqueUsed(json.text(item, "technique", prefix + "technique"),
                    json.text(item, "area", prefix + "area"), json.whole(item, "minutes", prefix + "minutes"),
                    json.whole(item, "pressure", prefix + "pressure")));
        }
        return techniques;
    }
}

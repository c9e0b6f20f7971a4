package org.reliefdesk.diary.internal;

import org.reliefdesk.diary.DiaryInput;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.JsonFields;
import tools.jackson.databind.JsonNode;

/** Reads a diary day from JSON: a wrong JSON type is a 400, a number not whole or not finite a 422. */
final class DiaryJson {

    private DiaryJson() {
    }

    static DiaryInput read(JsonNode body, FieldErrors errors) {
        JsonFields json = JsonFields.of(body, errors);
        DiaryInput input = new DiaryInput(json.bool("headache"), json.whole("peakIntensity"),
                json.number("durationHours"), json.codes("acuteMedication"), json.codes("triggers"), json.text("note"));
        json.throwIfWrongTypes();
        return input;
    }
}

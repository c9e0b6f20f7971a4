package org.reliefdesk.planning.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One step of a session plan, as the API shows it. Numbers are boxed so that an edit with a
 * missing value reaches the plan rules (a 422 naming the field) instead of failing to parse.
 * CONSULTATION blocks have {@code area} null and {@code pressure} 0.
 */
record PlanBlock(Integer order, Integer minutes, String phase, String area, String technique, Integer pressure,
        String rationale, List<String> evidence, String note) {

    PlanBlock {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        area = blankToNull(area);
        note = blankToNull(note);
    }

    PlanBlock numbered(int position) {
        return new PlanBlock(position, minutes, phase, area, technique, pressure, rationale, evidence, note);
    }

    @JsonIgnore
    boolean isConsultation() {
        return Technique.CONSULTATION.equals(technique);
    }

    @JsonIgnore
    int minutesOrZero() {
        return minutes == null ? 0 : minutes;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

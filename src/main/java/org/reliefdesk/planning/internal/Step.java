package org.reliefdesk.planning.internal;

import java.util.List;

/** A block of a proposal before it is numbered. */
record Step(Phase phase, String area, String technique, int pressure, int minutes, String rationale,
        List<String> evidence, String note) {

    static Step consultation(Phase phase, String rationale) {
        return new Step(phase, null, Technique.CONSULTATION, 0, 0, rationale, List.of(), null);
    }

    Step withMinutes(int value) {
        return new Step(phase, area, technique, pressure, value, rationale, evidence, note);
    }

    Step withPrefix(String text) {
        return new Step(phase, area, technique, pressure, minutes, text + " " + rationale, evidence, note);
    }

    PlanBlock toBlock(int order) {
        return new PlanBlock(order, minutes, phase.name(), area, technique, pressure, rationale, evidence, note);
    }
}

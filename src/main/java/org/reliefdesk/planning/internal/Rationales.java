package org.reliefdesk.planning.internal;

import java.util.ArrayList;
import java.util.List;

import org.reliefdesk.planning.internal.Allowance.PressureLimit;

/**
 * Turns a chosen area, technique and allowance into a proposal step: the pressure (the phase's
 * ceiling, the client's preference and every limit, whichever is lowest), the reason for it in
 * plain words (in the plan's language), and the note a caution asks for (the therapist's rule text).
 */
final class Rationales {

    private final ClientContext client;
    private final PlanWords words;

    Rationales(ClientContext client, PlanWords words) {
        this.client = client;
        this.words = words;
    }

    Step step(Phase phase, String area, Technique technique, Allowance allowance, Integer ceiling, String rationale,
            List<String> evidence) {
        int top = ceiling == null ? 5 : ceiling;
        int pressure = Math.max(1, Math.min(allowance.maxPressure(), top));
        String why = rationale + " " + pressureText(allowance, pressure);
        return new Step(phase, area, technique.code(), pressure, 0, why, evidence, note(area, allowance));
    }

    PlanWords words() {
        return words;
    }

    private String pressureText(Allowance allowance, int pressure) {
        int preference = client.pressurePreference();
        if (pressure >= preference) {
            return words.text("pressureOwn", "pressure", String.valueOf(pressure));
        }
        List<String> reasons = new ArrayList<>();
        for (PressureLimit limit : allowance.binding(pressure)) {
            if (limit.max() != preference && !reasons.contains(limit.plain())) {
                reasons.add(limit.plain());
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(words.limit("lighterTouch"));
        }
        return words.text("pressureLimited", "pressure", String.valueOf(pressure), "preference",
                String.valueOf(preference), "reasons", String.join("; ", reasons));
    }

    private String note(String area, Allowance allowance) {
        List<String> parts = new ArrayList<>();
        String areaNote = words.areaNote(area);
        if (areaNote != null) {
            parts.add(areaNote);
        }
        allowance.cautionRules().forEach(c -> parts.add(words.caution(c)));
        allowance.adviceRules().forEach(a -> parts.add(words.caution(a)));
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}

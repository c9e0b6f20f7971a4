package org.reliefdesk.planning.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The phase template (clinical/session-template.yml): minutes per phase for {@code baseMinutes},
 * design pressure ceilings, candidate areas, evidence per kind of block and headache family, and
 * the plain-language rationale texts in English (with the word that joins a list); {@link PlanWords} fills them.
 */
record SessionTemplate(int baseMinutes, Map<Phase, PhaseTemplate> phases, Map<String, Map<String, List<String>>> evidence,
        Map<String, String> texts, String and) {

    /** One phase's data; fields a phase does not use are null or empty. */
    record PhaseTemplate(int minutes, String content, Integer pressure, List<String> areas, List<String> techniques,
            List<String> hotStoneAreas, Integer maxAreas, String gentleTechnique, List<String> reflexologyAreas,
            Integer reflexologyPressure, Integer consultationMinutes) {

        PhaseTemplate {
            areas = areas == null ? List.of() : List.copyOf(areas);
            techniques = techniques == null ? List.of() : List.copyOf(techniques);
            hotStoneAreas = hotStoneAreas == null ? List.of() : List.copyOf(hotStoneAreas);
            reflexologyAreas = reflexologyAreas == null ? List.of() : List.copyOf(reflexologyAreas);
        }
    }

    PhaseTemplate phase(Phase phase) {
        return phases.get(phase);
    }

    /** Whole minutes scaled to the service length (half up); FOCUSED takes what rounding leaves. */
    Map<Phase, Integer> minutesFor(int serviceMinutes) {
        Map<Phase, Integer> minutes = new EnumMap<>(Phase.class);
        int others = 0;
        for (Phase phase : Phase.values()) {
            if (phase != Phase.FOCUSED) {
                int scaled = scale(phases.get(phase).minutes(), serviceMinutes);
                minutes.put(phase, scaled);
                others += scaled;
            }
        }
        minutes.put(Phase.FOCUSED, serviceMinutes - others);
        return minutes;
    }

    /** A template length scaled to the service, at least 1 minute. */
    int scale(int templateMinutes, int serviceMinutes) {
        return Math.max(1, (int) Math.round(templateMinutes * (double) serviceMinutes / baseMinutes));
    }

    /** The evidence ids for a kind of block (WARM_UP, FOCUSED, STRETCHING, REFLEXOLOGY, CLOSING) and family. */
    List<String> evidence(String kind, String family) {
        return evidence.getOrDefault(kind, Map.of()).getOrDefault(family, List.of());
    }
}

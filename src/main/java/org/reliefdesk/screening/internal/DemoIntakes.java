package org.reliefdesk.screening.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Complete intakes for the demo clients: a typical migraine with answers changed by dotted code. */
final class DemoIntakes {

    private DemoIntakes() {
    }

    /** The typical intake with {@code changes} (dotted code, value, …) applied. */
    static Map<String, Object> intake(String dateOfBirth, String signature, Object... changes) {
        Map<String, Object> intake = typical(dateOfBirth, signature);
        for (int i = 0; i < changes.length; i += 2) {
            String code = (String) changes[i];
            int dot = code.indexOf('.');
            @SuppressWarnings("unchecked")
            Map<String, Object> section = (Map<String, Object>) intake.get(code.substring(0, dot));
            section.put(code.substring(dot + 1), changes[i + 1]);
        }
        return intake;
    }

    private static Map<String, Object> typical(String dateOfBirth, String signature) {
        Map<String, Object> intake = new LinkedHashMap<>();
        intake.put("about", map("dateOfBirth", dateOfBirth, "sexAtBirth", "FEMALE", "pregnant", false,
                "recentlyGaveBirth", false, "physician", "Dr Mira Patel, Harbour Family Practice, +1 207 555 0188"));
        intake.put("headache", map("daysPerMonth", 6, "monthsWithThisPattern", 36, "attacksSoFar", "TEN_OR_MORE",
                "typicalDurationHours", 14, "location", "ONE_SIDE", "quality", "PULSATING", "typicalIntensity", 7,
                "worseWithRoutineActivity", true, "nausea", true, "vomiting", false, "lightSensitivity", true,
                "soundSensitivity", true, "aura", false, "acuteMedicationDaysPerMonth", 5,
                "acuteMedicationKinds", List.of("NSAID", "TRIPTAN"), "assessedByPhysician", true,
                "triggers", List.of("STRESS", "POOR_SLEEP", "SCREEN_TIME")));
        Map<String, Object> warning = new LinkedHashMap<>();
        for (String code : List.of("thunderclap", "worstEver", "newOrChanged", "progressive", "fever", "neurological",
                "positional", "coughOrExertion", "headInjury", "cancerHistory", "immunosuppressed",
                "newHeadacheWithNeckPain", "atypicalAura", "jawPainOnChewing", "wakesFromSleep")) {
            warning.put(code, false);
        }
        intake.put("warning", warning);
        intake.put("health", map("anticoagulants", false, "bleedingDisorder", false, "dvtHistory", false,
                "hypertension", "NONE", "heartDisease", false, "diabetes", false, "reducedSensation", false,
                "osteoporosis", false, "neckConditions", List.of("NONE"), "activeCancerTreatment", false,
                "skinConditions", false, "varicoseVeins", false, "footProblems", List.of("NONE"),
                "heatIntolerance", false, "acuteIllness", false));
        intake.put("focus", map("areas", List.of("TEMPLES", "NECK_BACK", "SHOULDERS"), "pressure", 3,
                "hotStones", "NO_PREFERENCE", "reflexology", "NO_PREFERENCE",
                "goals", "Fewer and milder migraine days; less neck tension at work"));
        intake.put("midas", map("q1", 2, "q2", 4, "q3", 3, "q4", 3, "q5", 2, "a", 18, "b", 7));
        intake.put("consent", map("treatment", true, "shareWithPhysician", true, "signature", signature));
        return intake;
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}

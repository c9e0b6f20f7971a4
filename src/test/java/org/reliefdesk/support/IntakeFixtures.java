package org.reliefdesk.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Complete, valid intakes (INTAKE.md) as nested maps, ready to send to
 * {@code POST /api/v1/clients/{id}/intake} or to change one answer with {@link #with}.
 */
public final class IntakeFixtures {

    private IntakeFixtures() {
    }

    /** Episodic migraine without aura, nothing else of note: CLEARED, MIGRAINE_WITHOUT_AURA, MIDAS 11 (III). */
    public static Map<String, Object> episodicMigraine() {
        Map<String, Object> intake = new LinkedHashMap<>();
        intake.put("about", map("dateOfBirth", "1985-06-15", "sexAtBirth", "FEMALE", "pregnant", false,
                "recentlyGaveBirth", false, "physician", "Dr Mira Patel, Harbour Clinic, +1 207 555 0101"));
        intake.put("headache", map("daysPerMonth", 6, "monthsWithThisPattern", 24, "attacksSoFar", "TEN_OR_MORE",
                "typicalDurationHours", 12, "location", "ONE_SIDE", "quality", "PULSATING", "typicalIntensity", 7,
                "worseWithRoutineActivity", true, "nausea", true, "vomiting", false, "lightSensitivity", true,
                "soundSensitivity", true, "aura", false, "acuteMedicationDaysPerMonth", 5,
                "acuteMedicationKinds", List.of("NSAID", "TRIPTAN"), "assessedByPhysician", true,
                "triggers", List.of("STRESS", "POOR_SLEEP")));
        intake.put("warning", map("thunderclap", false, "worstEver", false, "newOrChanged", false,
                "progressive", false, "fever", false, "neurological", false, "positional", false,
                "coughOrExertion", false, "headInjury", false, "cancerHistory", false, "immunosuppressed", false,
                "newHeadacheWithNeckPain", false, "atypicalAura", false, "jawPainOnChewing", false,
                "wakesFromSleep", false));
        intake.put("health", map("anticoagulants", false, "bleedingDisorder", false, "dvtHistory", false,
                "hypertension", "NONE", "heartDisease", false, "diabetes", false, "reducedSensation", false,
                "osteoporosis", false, "neckConditions", List.of("NONE"), "activeCancerTreatment", false,
                "skinConditions", false, "varicoseVeins", false, "footProblems", List.of(), "heatIntolerance", false,
                "acuteIllness", false));
        intake.put("focus", map("areas", List.of("TEMPLES", "NECK_BACK", "SHOULDERS"), "pressure", 3,
                "hotStones", "NO_PREFERENCE", "reflexology", "NO_PREFERENCE", "goals", "Fewer migraine days"));
        intake.put("midas", map("q1", 2, "q2", 3, "q3", 2, "q4", 3, "q5", 1, "a", 18, "b", 7));
        intake.put("consent", map("treatment", true, "shareWithPhysician", true, "signature", "Test Client"));
        return intake;
    }

    /** Frequent episodic tension-type headache: CLEARED, TENSION_TYPE_EPISODIC. */
    public static Map<String, Object> episodicTensionType() {
        Map<String, Object> intake = episodicMigraine();
        intake = with(intake, "headache.daysPerMonth", 8);
        intake = with(intake, "headache.typicalDurationHours", 3);
        intake = with(intake, "headache.location", "BAND_AROUND_HEAD");
        intake = with(intake, "headache.quality", "PRESSING_TIGHTENING");
        intake = with(intake, "headache.typicalIntensity", 4);
        intake = with(intake, "headache.worseWithRoutineActivity", false);
        intake = with(intake, "headache.nausea", false);
        intake = with(intake, "headache.soundSensitivity", false);
        return with(intake, "headache.acuteMedicationKinds", List.of("SIMPLE_ANALGESIC"));
    }

    /** A copy of the intake with one answer set by dotted code ({@code null} removes it). */
    public static Map<String, Object> with(Map<String, Object> intake, String code, Object value) {
        Map<String, Object> copy = deepCopy(intake);
        int dot = code.indexOf('.');
        @SuppressWarnings("unchecked")
        Map<String, Object> section = (Map<String, Object>) copy.computeIfAbsent(code.substring(0, dot),
                k -> new LinkedHashMap<>());
        if (value == null) {
            section.remove(code.substring(dot + 1));
        } else {
            section.put(code.substring(dot + 1), value);
        }
        return copy;
    }

    /** Submits the intake for the client and returns the response (201 with the screening, or the error). */
    public static Api.Response submit(Api api, String clientId, Map<String, Object> intake) {
        return api.post("/api/v1/clients/" + clientId + "/intake", intake);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> source) {
        Map<String, Object> copy = new LinkedHashMap<>();
        source.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m)
                : v instanceof List<?> l ? new ArrayList<>(l) : v));
        return copy;
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}

package org.reliefdesk.planning.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.intake.IntakeAnswers;
import org.reliefdesk.screening.Modality;
import org.reliefdesk.screening.Restriction;
import org.reliefdesk.screening.RestrictionLevel;
import org.reliefdesk.screening.Screening;
import org.reliefdesk.screening.ScreeningStatus;

/** Small factories for planning tests: answers, screenings and the section-4 restrictions. */
final class PlanFixtures {

    static final Catalogue CATALOGUE = new Catalogue();

    private PlanFixtures() {
    }

    static Intake intake() {
        return new Intake();
    }

    /** The focus answers that shape a plan (the rest of the intake does not). */
    static final class Intake {
        private final Map<String, Object> values = new HashMap<>(Map.of("focus.areas", List.of("SHOULDERS"),
                "focus.pressure", 3, "focus.hotStones", "NO_PREFERENCE", "focus.reflexology", "NO_PREFERENCE",
                "headache.location", "BOTH_SIDES"));

        Intake areas(String... areas) {
            values.put("focus.areas", List.of(areas));
            return this;
        }

        Intake pressure(int pressure) {
            values.put("focus.pressure", pressure);
            return this;
        }

        Intake hotStones(String answer) {
            values.put("focus.hotStones", answer);
            return this;
        }

        Intake reflexology(String answer) {
            values.put("focus.reflexology", answer);
            return this;
        }

        Intake location(String location) {
            values.put("headache.location", location);
            return this;
        }

        IntakeAnswers answers() {
            return new IntakeAnswers(values);
        }

        ClientContext cleared(Restriction... restrictions) {
            return new ClientContext(answers(), screening(ScreeningStatus.CLEARED, "TENSION_TYPE_EPISODIC",
                    restrictions));
        }

        ClientContext with(Screening screening) {
            return new ClientContext(answers(), screening);
        }
    }

    static Screening screening(ScreeningStatus status, String pattern, Restriction... restrictions) {
        return new Screening(UUID.randomUUID(), UUID.randomUUID(), 1, status, List.of(), List.of(restrictions),
                new Screening.HeadachePattern(pattern, List.of(), false), new Screening.Midas(8, "II"), null);
    }

    static Screening clearedAfterClearance(Restriction... restrictions) {
        return new Screening(UUID.randomUUID(), UUID.randomUUID(), 1, ScreeningStatus.CLEARED, List.of(),
                List.of(restrictions), new Screening.HeadachePattern("NOT_ASSESSED", List.of(), false), null,
                new Screening.Clearance("Dr Ada Physician", java.time.LocalDate.now(), "therapist", null));
    }

    static Restriction avoid(Modality modality, String... areas) {
        return new Restriction(modality, RestrictionLevel.AVOID, List.of(areas), modality + " avoided for a test");
    }

    static Restriction caution(Modality modality, String... areas) {
        return new Restriction(modality, RestrictionLevel.CAUTION, List.of(areas), modality + " caution for a test");
    }

    /** The restrictions CLINICAL.md section 4 gives each condition. */
    static Restriction[] condition(String code) {
        List<Restriction> list = new ArrayList<>();
        switch (code) {
            case "DVT_HISTORY" -> list.addAll(List.of(reason(avoid(Modality.REFLEXOLOGY, "FEET"), "Blood clot history"),
                    reason(avoid(Modality.HOT_STONE), "Blood clot history"),
                    reason(avoid(Modality.DEEP_PRESSURE), "Blood clot history")));
            case "ANTICOAGULANTS" -> list.addAll(List.of(reason(avoid(Modality.DEEP_PRESSURE), "Blood thinners"),
                    reason(caution(Modality.TRIGGER_POINT), "Blood thinners")));
            case "HEART_DISEASE", "HEAT_INTOLERANCE", "VARICOSE_VEINS" ->
                    list.add(reason(avoid(Modality.HOT_STONE), code));
            case "REDUCED_SENSATION" -> list.addAll(List.of(reason(avoid(Modality.HOT_STONE), "Reduced sensation"),
                    reason(caution(Modality.REFLEXOLOGY), "Reduced sensation")));
            case "SKIN_CONDITIONS" -> list.addAll(List.of(reason(avoid(Modality.HOT_STONE), "Skin condition"),
                    reason(caution(Modality.DEEP_PRESSURE), "Skin condition")));
            case "OSTEOPOROSIS" -> list.addAll(List.of(reason(avoid(Modality.DEEP_PRESSURE), "Osteoporosis"),
                    reason(avoid(Modality.DEEP_NECK_WORK), "Osteoporosis")));
            case "DISC_HERNIATION" -> list.add(reason(caution(Modality.DEEP_NECK_WORK), "Disc herniation in the neck"));
            case "PREGNANCY_FIRST_TRIMESTER" -> list.addAll(List.of(reason(avoid(Modality.HOT_STONE), "Pregnancy"),
                    reason(avoid(Modality.REFLEXOLOGY), "Pregnancy, first trimester")));
            case "FOOT_PROBLEM" -> list.add(reason(avoid(Modality.ANY_WORK, "FEET"), "Foot injury"));
            default -> throw new IllegalArgumentException(code);
        }
        return list.toArray(Restriction[]::new);
    }

    private static Restriction reason(Restriction r, String reason) {
        return new Restriction(r.modality(), r.level(), r.areas(), reason);
    }
}

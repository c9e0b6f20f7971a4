package org.reliefdesk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.reliefdesk.planning.internal.PlanFixtures.CATALOGUE;
import static org.reliefdesk.planning.internal.PlanFixtures.avoid;
import static org.reliefdesk.planning.internal.PlanFixtures.caution;
import static org.reliefdesk.planning.internal.PlanFixtures.condition;
import static org.reliefdesk.planning.internal.PlanFixtures.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reliefdesk.screening.Modality;
import org.reliefdesk.shared.FieldError;

/** One row per rule: a client, the block put in third place (25 minutes), and the error it must raise. */
class PlanRulesTests {

    final PlanRules rules = new PlanRules(CATALOGUE);

    static PlanBlock block(String technique, String area, int pressure) {
        return block(technique, area, pressure, null);
    }

    static PlanBlock block(String technique, String area, int pressure, String note) {
        return new PlanBlock(3, 25, "FOCUSED", area, technique, pressure, "why", List.of("moraska-2015"), note);
    }

    /** Assessment 5, warm-up 12, the given block 25, stretching 8, closing advice 10. */
    static List<PlanBlock> planWith(PlanBlock third) {
        return new ArrayList<>(List.of(
                new PlanBlock(1, 5, "ASSESSMENT", null, "CONSULTATION", 0, "check", List.of(), null),
                new PlanBlock(2, 12, "WARM_UP", "UPPER_BACK", "KNEADING", 2, "warm", List.of(), null), third,
                new PlanBlock(4, 8, "ADJUNCT", "SHOULDERS", "STRETCHING", 1, "stretch", List.of(), null),
                new PlanBlock(5, 10, "CLOSING", null, "CONSULTATION", 0, "advice", List.of(), null)));
    }

    List<FieldError> check(ClientContext client, List<PlanBlock> blocks) {
        return rules.check(blocks, client, "Medical Massage, 60 minutes", 60);
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                arguments("hot stones with a clot history", intake().hotStones("WANT").cleared(condition("DVT_HISTORY")),
                        block("HOT_STONE", "UPPER_BACK", 2), "blocks[2].technique", "HOT_STONE AVOID"),
                arguments("trigger points avoided", intake().cleared(avoid(Modality.TRIGGER_POINT)),
                        block("TRIGGER_POINT", "SHOULDERS", 2), "blocks[2].technique", "TRIGGER_POINT AVOID"),
                arguments("foot reflexology with a clot history", intake().cleared(condition("DVT_HISTORY")),
                        block("REFLEXOLOGY", "FEET", 2), "blocks[2].technique", "REFLEXOLOGY AVOID"),
                arguments("hand reflexology avoided everywhere", intake().cleared(avoid(Modality.REFLEXOLOGY)),
                        block("REFLEXOLOGY", "HANDS", 2), "blocks[2].technique", "REFLEXOLOGY AVOID"),
                arguments("any work on sore feet", intake().cleared(condition("FOOT_PROBLEM")),
                        block("KNEADING", "FEET", 1), "blocks[2].area", "ANY_WORK AVOID"),
                arguments("trigger points above the caution cap", intake().pressure(5).cleared(condition("ANTICOAGULANTS")),
                        block("TRIGGER_POINT", "SHOULDERS", 2, null), "blocks[2].note", "a note is required"),
                arguments("blood thinners and pressure 3", intake().pressure(5).cleared(condition("ANTICOAGULANTS")),
                        block("TRIGGER_POINT", "SHOULDERS", 3, "checked"), "blocks[2].pressure", "DEEP_PRESSURE AVOID"),
                arguments("caution trigger point at 4", intake().pressure(5).cleared(caution(Modality.TRIGGER_POINT)),
                        block("TRIGGER_POINT", "SHOULDERS", 4, "n"), "blocks[2].pressure", "is above 3: TRIGGER_POINT CAUTION"),
                arguments("caution reflexology at 3", intake().cleared(condition("REDUCED_SENSATION")),
                        block("REFLEXOLOGY", "FEET", 3, "n"), "blocks[2].pressure", "is above 2: REFLEXOLOGY CAUTION"),
                arguments("caution reflexology without a note", intake().cleared(condition("REDUCED_SENSATION")),
                        block("REFLEXOLOGY", "FEET", 2), "blocks[2].note", "REFLEXOLOGY CAUTION"),
                arguments("warm stones without a note", intake().cleared(caution(Modality.HOT_STONE)),
                        block("HOT_STONE", "UPPER_BACK", 2), "blocks[2].note", "warm (not hot) stones"),
                arguments("skin condition and pressure 4", intake().pressure(5).cleared(condition("SKIN_CONDITIONS")),
                        block("KNEADING", "SHOULDERS", 4), "blocks[2].pressure", "DEEP_PRESSURE CAUTION"),
                arguments("compression on the neck with osteoporosis", intake().cleared(condition("OSTEOPOROSIS")),
                        block("COMPRESSION", "NECK_BACK", 2), "blocks[2].technique", "only kneading or rubbing"),
                arguments("stretching the back of the head, neck work avoided", intake().cleared(avoid(Modality.DEEP_NECK_WORK)),
                        block("STRETCHING", "BACK_OF_HEAD", 1), "blocks[2].technique", "DEEP_NECK_WORK AVOID"),
                arguments("kneading the neck at 3, neck work avoided", intake().cleared(avoid(Modality.DEEP_NECK_WORK)),
                        block("KNEADING", "NECK_BACK", 3), "blocks[2].pressure", "DEEP_NECK_WORK AVOID"),
                arguments("neck at 4 with a disc herniation", intake().pressure(5).cleared(condition("DISC_HERNIATION")),
                        block("KNEADING", "NECK_BACK", 4, "n"), "blocks[2].pressure", "DEEP_NECK_WORK CAUTION"),
                arguments("neck without a note, disc herniation", intake().cleared(condition("DISC_HERNIATION")),
                        block("KNEADING", "NECK_BACK", 2), "blocks[2].note", "DEEP_NECK_WORK CAUTION"),
                arguments("front of the neck at 3 for anyone", intake().pressure(5).cleared(),
                        block("KNEADING", "NECK_FRONT", 3), "blocks[2].pressure", "Front of the neck at pressure 2 or less"),
                arguments("firmer than the client chose", intake().pressure(2).cleared(),
                        block("KNEADING", "SHOULDERS", 3), "blocks[2].pressure", "preferred pressure (focus.pressure) is 2"),
                arguments("hot stones declined", intake().hotStones("DECLINE").cleared(),
                        block("HOT_STONE", "UPPER_BACK", 2), "blocks[2].technique", "declined hot stones"),
                arguments("reflexology declined", intake().reflexology("DECLINE").cleared(),
                        block("REFLEXOLOGY", "HANDS", 2), "blocks[2].technique", "declined reflexology"),
                arguments("reflexology on the shoulders", intake().cleared(),
                        block("REFLEXOLOGY", "SHOULDERS", 2), "blocks[2].technique", "only done on FEET or HANDS"),
                arguments("a consultation with an area", intake().cleared(),
                        block("CONSULTATION", "SHOULDERS", 0), "blocks[2].area", "a consultation has no area"),
                arguments("a consultation with pressure", intake().cleared(),
                        block("CONSULTATION", null, 2), "blocks[2].pressure", "a consultation has pressure 0"),
                arguments("hands-on work without an area", intake().cleared(),
                        block("KNEADING", null, 2), "blocks[2].area", "needs an area"),
                arguments("an unknown area", intake().cleared(),
                        block("KNEADING", "ELBOWS", 2), "blocks[2].area", "area must be one of"),
                arguments("an unknown technique", intake().cleared(),
                        block("CUPPING", "SHOULDERS", 2), "blocks[2].technique", "technique must be one of"),
                arguments("pressure off the scale", intake().cleared(),
                        block("KNEADING", "SHOULDERS", 6), "blocks[2].pressure", "from 1 (very light) to 5"),
                arguments("hands-on at pressure 0", intake().cleared(),
                        block("KNEADING", "SHOULDERS", 0), "blocks[2].pressure", "from 1 (very light) to 5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void eachBrokenRuleNamesTheBlockAndTheRule(String name, ClientContext client, PlanBlock third, String field,
            String rule) {
        List<FieldError> errors = check(client, planWith(third));
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.message()).startsWith("Block 3").contains(rule);
        });
    }

    static Stream<Arguments> allowedBlocks() {
        return Stream.of(
                arguments("gentle kneading of the neck under DEEP_NECK_WORK AVOID", intake().cleared(condition("OSTEOPOROSIS")),
                        block("KNEADING", "NECK_BACK", 2)),
                arguments("trigger points on the shoulders under DEEP_NECK_WORK AVOID", intake().cleared(avoid(Modality.DEEP_NECK_WORK)),
                        block("TRIGGER_POINT", "SHOULDERS", 3)),
                arguments("hand reflexology with a clot history", intake().cleared(condition("DVT_HISTORY")),
                        block("REFLEXOLOGY", "HANDS", 2)),
                arguments("hot stones added by the therapist on no preference", intake().hotStones("NO_PREFERENCE").cleared(),
                        block("HOT_STONE", "UPPER_BACK", 3)),
                arguments("caution trigger point at 3 with a note", intake().pressure(4).cleared(caution(Modality.TRIGGER_POINT)),
                        block("TRIGGER_POINT", "SHOULDERS", 3, "Watch for bruising")),
                arguments("skin condition at 3 needs no note", intake().pressure(5).cleared(condition("SKIN_CONDITIONS")),
                        block("KNEADING", "SHOULDERS", 3)),
                arguments("front of the neck at 2", intake().pressure(5).cleared(),
                        block("TRIGGER_POINT", "NECK_FRONT", 2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowedBlocks")
    void allowedBlocksPass(String name, ClientContext client, PlanBlock third) {
        assertThat(check(client, planWith(third))).isEmpty();
    }

    @Test
    void blocksMustSumToTheServiceLength() {
        List<PlanBlock> blocks = planWith(block("KNEADING", "SHOULDERS", 2));
        blocks.set(2, new PlanBlock(3, 20, "FOCUSED", "SHOULDERS", "KNEADING", 2, "why", List.of(), null));
        assertThat(check(intake().cleared(), blocks)).containsExactly(new FieldError("blocks",
                "The blocks add up to 55 minutes; Medical Massage, 60 minutes lasts 60 (blocks must sum to the service length)"));
    }

    @Test
    void theAssessmentComesFirst() {
        List<PlanBlock> blocks = planWith(block("KNEADING", "SHOULDERS", 2));
        blocks.add(0, blocks.remove(1));
        assertThat(check(intake().cleared(), blocks)).extracting(FieldError::field).containsExactly("blocks[0].phase");
    }

    @Test
    void shapeErrorsNameTheirField() {
        PlanBlock bad = new PlanBlock(3, 0, "SNOOZE", "SHOULDERS", "KNEADING", 2, "x".repeat(2001),
                List.of("made-up-2020"), "n".repeat(1001));
        assertThat(check(intake().cleared(), planWith(bad))).extracting(FieldError::field).contains(
                "blocks[2].minutes", "blocks[2].phase", "blocks[2].rationale", "blocks[2].evidence", "blocks[2].note");
        List<PlanBlock> withNull = planWith(block("KNEADING", "SHOULDERS", 2));
        withNull.set(2, null);
        assertThat(check(intake().cleared(), withNull)).extracting(FieldError::field).contains("blocks[2]", "blocks");
        assertThat(check(intake().cleared(), List.of())).extracting(FieldError::field).containsExactly("blocks");
    }
}

package org.reliefdesk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reliefdesk.planning.internal.PlanFixtures.CATALOGUE;
import static org.reliefdesk.planning.internal.PlanFixtures.avoid;
import static org.reliefdesk.planning.internal.PlanFixtures.condition;
import static org.reliefdesk.planning.internal.PlanFixtures.intake;
import static org.reliefdesk.planning.internal.PlanFixtures.screening;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reliefdesk.screening.Modality;
import org.reliefdesk.screening.ScreeningStatus;
import org.reliefdesk.shared.RuleViolationException;

class PlanProposerTests {

    final PlanProposer proposer = new PlanProposer(CATALOGUE);
    final PlanRules rules = new PlanRules(CATALOGUE);

    List<PlanBlock> propose(ClientContext client) {
        return propose(client, 60);
    }

    List<PlanBlock> propose(ClientContext client, int minutes) {
        List<PlanBlock> blocks = proposer.propose(client, minutes);
        assertThat(rules.check(blocks, client, "the service", minutes)).isEmpty();
        return blocks;
    }

    static List<PlanBlock> phase(List<PlanBlock> blocks, String phase) {
        return blocks.stream().filter(b -> b.phase().equals(phase)).toList();
    }

    static int minutes(List<PlanBlock> blocks) {
        return blocks.stream().mapToInt(PlanBlock::minutes).sum();
    }

    @Test
    void aSixtyMinutePlanFollowsThePhaseTemplate() {
        List<PlanBlock> blocks = propose(intake().areas("TEMPLES").location("BOTH_SIDES").cleared());
        assertThat(minutes(blocks)).isEqualTo(60);
        assertThat(blocks).extracting(PlanBlock::order).containsExactly(
                blocks.stream().map(PlanBlock::order).sorted().toArray(Integer[]::new));
        assertThat(blocks.get(0)).extracting(PlanBlock::phase, PlanBlock::technique, PlanBlock::area,
                PlanBlock::pressure, PlanBlock::minutes).containsExactly("ASSESSMENT", "CONSULTATION", null, 0, 5);
        assertThat(minutes(phase(blocks, "WARM_UP"))).isEqualTo(12);
        assertThat(minutes(phase(blocks, "FOCUSED"))).isEqualTo(25);
        assertThat(minutes(phase(blocks, "ADJUNCT"))).isEqualTo(8);
        assertThat(minutes(phase(blocks, "CLOSING"))).isEqualTo(10);
        assertThat(phase(blocks, "WARM_UP")).extracting(PlanBlock::area)
                .containsExactly("UPPER_BACK", "SHOULDERS", "NECK_BACK");
        assertThat(phase(blocks, "ADJUNCT")).extracting(PlanBlock::technique).containsExactly("STRETCHING");
        assertThat(blocks.get(blocks.size() - 1).technique()).isEqualTo("CONSULTATION");
        assertThat(blocks).allSatisfy(b -> assertThat(b.rationale()).isNotBlank());
    }

    @Test
    void focusedWorkGoesToMarkedAreasFirstThenTheHeadacheLocation() {
        List<PlanBlock> focused = phase(propose(intake().areas("JAW").location("ONE_SIDE").cleared()), "FOCUSED");
        assertThat(focused).extracting(PlanBlock::area).containsExactly("JAW", "TEMPLES", "SHOULDERS");
        assertThat(focused).extracting(PlanBlock::technique).containsOnly("TRIGGER_POINT");
        assertThat(focused).extracting(PlanBlock::minutes).containsExactly(9, 8, 8);
        assertThat(focused.get(0).rationale()).startsWith("You marked your jaw; trigger points in the masseter and "
                + "temporalis refer pain there.");
        assertThat(focused.get(1).rationale()).startsWith("Your headache is usually on one side of your head; "
                + "trigger points in the temporalis (your temples) refer pain there.");
    }

    @Test
    void aMarkedAreaThatIsAlsoTheHeadacheLocationSaysBoth() {
        List<PlanBlock> focused = phase(propose(intake().areas("TEMPLES").location("BOTH_SIDES").cleared()),
                "FOCUSED");
        assertThat(focused).extracting(PlanBlock::area).containsExactly("TEMPLES", "SHOULDERS", "BACK_OF_HEAD");
        assertThat(focused.get(0).rationale()).startsWith("You marked your temples and your headache is usually on "
                + "both sides of your head; trigger points in the temporalis refer pain there.");
    }

    @Test
    void atMostThreeFocusedAreasInTheIntakeOrder() {
        List<PlanBlock> focused = phase(propose(intake().areas("LOWER_BACK", "SHOULDERS", "JAW", "TEMPLES")
                .location("VARIES").cleared()), "FOCUSED");
        assertThat(focused).extracting(PlanBlock::area).containsExactly("TEMPLES", "JAW", "SHOULDERS");
    }

    @Test
    void theForeheadIsWorkedAtTheBackOfTheHead() {
        List<PlanBlock> focused = phase(propose(intake().areas("HEAD_FRONT").location("VARIES").cleared()), "FOCUSED");
        assertThat(focused).extracting(PlanBlock::area).containsExactly("BACK_OF_HEAD", "SHOULDERS", "NECK_BACK");
        assertThat(focused.get(0).rationale()).contains("You marked your forehead", "suboccipitals",
                "sternocleidomastoid", "the back of your head");
    }

    @Test
    void theFrontOfTheNeckIsAlwaysWorkedAtTwoWithAPincerNote() {
        PlanBlock neck = phase(propose(intake().areas("NECK_FRONT").pressure(5).cleared()), "FOCUSED").get(0);
        assertThat(neck).extracting(PlanBlock::area, PlanBlock::technique, PlanBlock::pressure)
                .containsExactly("NECK_FRONT", "TRIGGER_POINT", 2);
        assertThat(neck.note()).contains("Pincer grip");
        assertThat(neck.rationale()).contains("Pressure 2 of 5 (you chose 5)", "always worked gently");
    }

    @Test
    void noBlockIsFirmerThanTheClientChose() {
        List<PlanBlock> blocks = propose(intake().areas("SHOULDERS").pressure(1).cleared());
        assertThat(blocks).filteredOn(b -> !b.isConsultation()).extracting(PlanBlock::pressure).containsOnly(1);
        assertThat(phase(propose(intake().pressure(5).cleared()), "FOCUSED")).extracting(PlanBlock::pressure)
                .containsOnly(5);
    }

    @Test
    void hotStonesOnlyWhenWantedAndAllowed() {
        assertThat(propose(intake().hotStones("WANT").cleared())).filteredOn(b -> b.technique().equals("HOT_STONE"))
                .singleElement().extracting(PlanBlock::phase, PlanBlock::area).containsExactly("WARM_UP", "UPPER_BACK");
        assertThat(propose(intake().hotStones("NO_PREFERENCE").cleared())).extracting(PlanBlock::technique)
                .doesNotContain("HOT_STONE");
        List<PlanBlock> withClot = propose(intake().hotStones("WANT").cleared(condition("DVT_HISTORY")));
        assertThat(withClot).extracting(PlanBlock::technique).doesNotContain("HOT_STONE");
        assertThat(phase(withClot, "WARM_UP").get(0).rationale())
                .startsWith("You asked for hot stones, but they are left out: blood clot history.");
    }

    @Test
    void warmStonesWithANoteUnderCaution() {
        PlanBlock stones = propose(intake().hotStones("WANT").cleared(PlanFixtures.caution(Modality.HOT_STONE)))
                .stream().filter(b -> b.technique().equals("HOT_STONE")).findFirst().orElseThrow();
        assertThat(stones.note()).contains("warm (not hot) stones");
    }

    @Test
    void reflexologyOnTheFeetOrTheHandsWhenTheFeetAreOut() {
        assertThat(phase(propose(intake().reflexology("WANT").cleared()), "ADJUNCT"))
                .extracting(PlanBlock::technique, PlanBlock::area).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("REFLEXOLOGY", "FEET"));
        for (String feetOut : List.of("FOOT_PROBLEM", "DVT_HISTORY")) {
            PlanBlock adjunct = phase(propose(intake().reflexology("WANT").cleared(condition(feetOut))), "ADJUNCT")
                    .get(0);
            assertThat(adjunct).extracting(PlanBlock::technique, PlanBlock::area)
                    .containsExactly("REFLEXOLOGY", "HANDS");
            assertThat(adjunct.rationale()).contains("on your hands instead of your feet");
        }
        PlanBlock pregnant = phase(propose(intake().reflexology("WANT")
                .cleared(condition("PREGNANCY_FIRST_TRIMESTER"))), "ADJUNCT").get(0);
        assertThat(pregnant.technique()).isEqualTo("STRETCHING");
        assertThat(pregnant.rationale()).startsWith("You asked for reflexology, but it is left out");
        assertThat(phase(propose(intake().reflexology("NO_PREFERENCE").cleared()), "ADJUNCT"))
                .extracting(PlanBlock::technique).containsExactly("STRETCHING");
    }

    @Test
    void reflexologyUnderCautionIsLightWithANote() {
        PlanBlock block = phase(propose(intake().reflexology("WANT").pressure(5)
                .cleared(condition("REDUCED_SENSATION"))), "ADJUNCT").get(0);
        assertThat(block).extracting(PlanBlock::technique, PlanBlock::pressure).containsExactly("REFLEXOLOGY", 2);
        assertThat(block.note()).contains("REFLEXOLOGY CAUTION");
    }

    @Test
    void bloodThinnersKeepTriggerPointsAtTwoWithANote() {
        List<PlanBlock> blocks = propose(intake().pressure(5).cleared(condition("ANTICOAGULANTS")));
        assertThat(blocks).filteredOn(b -> !b.isConsultation()).extracting(PlanBlock::pressure).allMatch(p -> p <= 2);
        assertThat(phase(blocks, "FOCUSED")).allSatisfy(b -> {
            assertThat(b.technique()).isEqualTo("TRIGGER_POINT");
            assertThat(b.note()).contains("TRIGGER_POINT CAUTION (Blood thinners)");
        });
    }

    @Test
    void osteoporosisLeavesOnlyGentleKneadingOrRubbingOnTheNeck() {
        List<PlanBlock> blocks = propose(intake().areas("NECK_BACK").location("BACK_OF_HEAD_NECK").pressure(4)
                .cleared(condition("OSTEOPOROSIS")));
        assertThat(blocks).filteredOn(b -> b.area() != null && List.of("NECK_FRONT", "NECK_BACK", "BACK_OF_HEAD").contains(b.area()))
                .isNotEmpty().allSatisfy(b -> {
                    assertThat(b.technique()).isIn("KNEADING", "RUBBING");
                    assertThat(b.pressure()).isLessThanOrEqualTo(2);
                });
        assertThat(phase(blocks, "FOCUSED").get(0).rationale()).contains("Only gentle kneading is used here");
        assertThat(blocks).filteredOn(b -> !b.isConsultation()).extracting(PlanBlock::pressure).allMatch(p -> p <= 2);
    }

    @Test
    void aNeckDiscHerniationKeepsNeckWorkAtThreeWithANote() {
        List<PlanBlock> neck = propose(intake().areas("NECK_BACK").pressure(5).cleared(condition("DISC_HERNIATION")))
                .stream().filter(b -> "NECK_BACK".equals(b.area())).toList();
        assertThat(neck).isNotEmpty().allSatisfy(b -> {
            assertThat(b.pressure()).isLessThanOrEqualTo(3);
            assertThat(b.note()).contains("DEEP_NECK_WORK CAUTION");
        });
    }

    @Test
    void skinConditionsKeepEveryBlockAtThreeOrLess() {
        assertThat(propose(intake().pressure(5).cleared(condition("SKIN_CONDITIONS"))))
                .filteredOn(b -> !b.isConsultation()).extracting(PlanBlock::pressure).allMatch(p -> p <= 3);
    }

    @Test
    void aNinetyMinuteServiceScalesEveryPhase() {
        List<PlanBlock> blocks = propose(intake().areas("TEMPLES", "JAW").reflexology("WANT").hotStones("WANT")
                .cleared(), 90);
        assertThat(minutes(blocks)).isEqualTo(90);
        assertThat(minutes(phase(blocks, "FOCUSED"))).isEqualTo(37);
        assertThat(minutes(phase(blocks, "CLOSING"))).isEqualTo(15);
        assertThat(phase(blocks, "CLOSING")).extracting(PlanBlock::minutes).containsExactly(9, 6);
    }

    @Test
    void evidenceFollowsTheSuggestedHeadachePattern() {
        PlanBlock migraine = phase(propose(intake().with(screening(ScreeningStatus.CLEARED, "MIGRAINE_WITHOUT_AURA"))),
                "FOCUSED").get(0);
        assertThat(migraine.evidence()).contains("ghanbari-2015").doesNotContain("ghanbari-2012");
        PlanBlock tension = phase(propose(intake().cleared()), "FOCUSED").get(0);
        assertThat(tension.evidence()).contains("moraska-2015", "ghanbari-2012");
    }

    @Test
    void noPlanForUrgentOrUnclearedScreenings() {
        assertThatThrownBy(() -> proposer.propose(intake().with(screening(ScreeningStatus.URGENT, "NOT_ASSESSED")), 60))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.properties()).containsEntry("reason", "URGENT"));
        assertThatThrownBy(() -> proposer.propose(intake().with(screening(ScreeningStatus.CLEARANCE_REQUIRED,
                "NOT_ASSESSED")), 60)).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.properties()).containsEntry("reason", "CLEARANCE_REQUIRED"));
        assertThat(propose(intake().with(PlanFixtures.clearedAfterClearance()))).isNotEmpty();
    }

    @Test
    void noPlanWhenRestrictionsCloseEveryArea() {
        assertThatThrownBy(() -> proposer.propose(intake().cleared(avoid(Modality.ANY_WORK)), 60))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.properties()).containsEntry("reason", "NO_WORKABLE_AREA"));
    }

    @Test
    void footProblemsKeepEveryBlockOffTheFeet() {
        assertThat(propose(intake().areas("FEET", "TEMPLES").reflexology("WANT").cleared(condition("FOOT_PROBLEM"))))
                .extracting(PlanBlock::area).doesNotContain("FEET");
    }
}

package org.reliefdesk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.planning.internal.PlanFixtures.CATALOGUE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reliefdesk.intake.IntakeAnswers;
import org.reliefdesk.screening.Modality;
import org.reliefdesk.screening.Restriction;
import org.reliefdesk.screening.RestrictionLevel;
import org.reliefdesk.screening.ScreeningStatus;
import org.reliefdesk.shared.RuleViolationException;

/**
 * For any intake and any screening that allows massage, and any service length: the proposal
 * sums to the service, never uses an AVOID modality, never goes above the client's pressure nor
 * a restriction's cap (NECK_FRONT at 2 for everyone), and passes the edit rules unchanged.
 * Property style with seeded JUnit loops (the project does not use jqwik, see pom.xml).
 */
class PlanProposerPropertyTests {

    static final List<String> AREAS = CatalogueTests.INTAKE_AREAS;
    static final List<String> NECK = List.of("NECK_FRONT", "NECK_BACK", "BACK_OF_HEAD");
    static final List<String> CONDITIONS = List.of("DVT_HISTORY", "ANTICOAGULANTS", "HEART_DISEASE",
            "REDUCED_SENSATION", "SKIN_CONDITIONS", "OSTEOPOROSIS", "DISC_HERNIATION", "PREGNANCY_FIRST_TRIMESTER",
            "FOOT_PROBLEM", "HEAT_INTOLERANCE");

    final PlanProposer proposer = new PlanProposer(CATALOGUE);
    final PlanRules rules = new PlanRules(CATALOGUE);

    /** Fixed seeds keep failures reproducible; each case names its seed and index. */
    static final long SEED = 20261125L;

    @Test
    void anyRestrictionsAnyIntakeAnyServiceLength() {
        Random random = new Random(SEED);
        for (int i = 0; i < 3000; i++) {
            IntakeAnswers answers = intake(random);
            List<Restriction> restrictions = restrictions(random);
            int minutes = 15 * (1 + random.nextInt(16));
            ClientContext client = new ClientContext(answers, PlanFixtures.screening(ScreeningStatus.CLEARED,
                    "UNCLASSIFIED", restrictions.toArray(Restriction[]::new)));
            checkCase("seed " + SEED + " case " + i + ": " + answers.values() + " " + restrictions + " " + minutes,
                    client, minutes);
        }
    }

    @Test
    void everyCombinationOfSectionFourConditions() {
        Random random = new Random(SEED + 1);
        for (int mask = 0; mask < 1 << CONDITIONS.size(); mask++) {
            List<Restriction> restrictions = new ArrayList<>();
            for (int c = 0; c < CONDITIONS.size(); c++) {
                if ((mask & 1 << c) != 0) {
                    restrictions.addAll(List.of(PlanFixtures.condition(CONDITIONS.get(c))));
                }
            }
            IntakeAnswers answers = intake(random);
            int minutes = random.nextBoolean() ? 60 : 90;
            ClientContext client = new ClientContext(answers, PlanFixtures.screening(ScreeningStatus.CLEARED,
                    "CHRONIC_MIGRAINE", restrictions.toArray(Restriction[]::new)));
            checkCase("conditions mask " + mask + ": " + answers.values() + " " + minutes, client, minutes);
        }
    }

    void checkCase(String description, ClientContext client, int minutes) {
        try {
            check(client, minutes);
        } catch (AssertionError e) {
            throw new AssertionError(description + "\n" + e.getMessage(), e);
        }
    }

    void check(ClientContext client, int minutes) {
        List<PlanBlock> blocks;
        try {
            blocks = proposer.propose(client, minutes);
        } catch (RuleViolationException e) {
            assertThat(e.properties()).containsEntry("reason", "NO_WORKABLE_AREA");
            assertEveryCandidateAreaIsClosed(client);
            return;
        }
        assertThat(blocks.stream().mapToInt(PlanBlock::minutes).sum()).isEqualTo(minutes);
        assertThat(rules.check(blocks, client, "the service", minutes)).isEmpty();
        for (int i = 0; i < blocks.size(); i++) {
            PlanBlock block = blocks.get(i);
            assertThat(block.order()).isEqualTo(i + 1);
            assertThat(block.minutes()).isPositive();
            assertThat(block.rationale()).isNotBlank();
            if (block.isConsultation()) {
                assertThat(block.area()).isNull();
                assertThat(block.pressure()).isZero();
                continue;
            }
            assertBlockKeepsEveryLimit(client, block);
        }
    }

    static void assertBlockKeepsEveryLimit(ClientContext client, PlanBlock block) {
        var screening = client.screening();
        assertThat(block.pressure()).isBetween(1, client.pressurePreference());
        assertThat(restricted(screening.strongest(Modality.ANY_WORK, block.area()), RestrictionLevel.AVOID)).isFalse();
        Technique technique = CATALOGUE.technique(block.technique());
        if (technique.modality() != null) {
            assertThat(restricted(screening.strongest(technique.modality(), block.area()), RestrictionLevel.AVOID))
                    .isFalse();
        }
        if (block.area().equals("NECK_FRONT")) {
            assertThat(block.pressure()).isLessThanOrEqualTo(2);
        }
        if (restricted(screening.strongest(Modality.DEEP_PRESSURE, block.area()), RestrictionLevel.AVOID)) {
            assertThat(block.pressure()).isLessThanOrEqualTo(2);
        }
        if (NECK.contains(block.area())
                && restricted(screening.strongest(Modality.DEEP_NECK_WORK, block.area()), RestrictionLevel.AVOID)) {
            assertThat(block.technique()).isIn("KNEADING", "RUBBING");
            assertThat(block.pressure()).isLessThanOrEqualTo(2);
        }
        if (block.technique().equals("HOT_STONE")) {
            assertThat(client.hotStones()).isEqualTo("WANT");
        }
        if (block.technique().equals("REFLEXOLOGY")) {
            assertThat(client.reflexology()).isEqualTo("WANT");
        }
    }

    static boolean restricted(Restriction restriction, RestrictionLevel level) {
        return restriction != null && restriction.level() == level;
    }

    static void assertEveryCandidateAreaIsClosed(ClientContext client) {
        PlanLimits limits = new PlanLimits(CATALOGUE, client);
        List<String> candidates = new ArrayList<>();
        client.focusAreas().forEach(a -> candidates.add(CATALOGUE.area(a).workArea()));
        candidates.addAll(CATALOGUE.headPain().locations().get(client.headacheLocation()).areas());
        assertThat(candidates).allMatch(limits::closed);
    }

    static IntakeAnswers intake(Random random) {
        Set<String> areas = new LinkedHashSet<>(some(random, AREAS, 1 + random.nextInt(4)));
        List<String> wishes = List.of("WANT", "NO_PREFERENCE", "DECLINE");
        List<String> locations = List.copyOf(CATALOGUE.headPain().locations().keySet());
        return new IntakeAnswers(Map.of("focus.areas", List.copyOf(areas), "focus.pressure", 1 + random.nextInt(5),
                "focus.hotStones", pick(random, wishes), "focus.reflexology", pick(random, wishes),
                "headache.location", pick(random, locations)));
    }

    static List<Restriction> restrictions(Random random) {
        List<Restriction> restrictions = new ArrayList<>();
        int count = random.nextInt(7);
        for (int i = 0; i < count; i++) {
            Modality modality = pick(random, List.of(Modality.values()));
            RestrictionLevel level = pick(random, List.of(RestrictionLevel.values()));
            List<String> areas = random.nextInt(3) == 0 ? List.of() : some(random, AREAS, 1 + random.nextInt(3));
            restrictions.add(new Restriction(modality, level, areas, "a " + modality + " test reason"));
        }
        return restrictions;
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static List<String> some(Random random, List<String> items, int count) {
        List<String> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }
}

package org.reliefdesk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.planning.internal.PlanFixtures.CATALOGUE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
 */
class PlanProposerPropertyTests {

    static final List<String> AREAS = CatalogueTests.INTAKE_AREAS;
    static final List<String> NECK = List.of("NECK_FRONT", "NECK_BACK", "BACK_OF_HEAD");
    static final List<String> CONDITIONS = List.of("DVT_HISTORY", "ANTICOAGULANTS", "HEART_DISEASE",
            "REDUCED_SENSATION", "SKIN_CONDITIONS", "OSTEOPOROSIS", "DISC_HERNIATION", "PREGNANCY_FIRST_TRIMESTER",
            "FOOT_PROBLEM", "HEAT_INTOLERANCE");

    final PlanProposer proposer = new PlanProposer(CATALOGUE);
    final PlanRules rules = new PlanRules(CATALOGUE);

    @Property(tries = 1500)
    void anyRestrictionsAnyIntake(@ForAll("intakes") IntakeAnswers answers,
            @ForAll("restrictions") List<Restriction> restrictions, @ForAll("serviceMinutes") int minutes) {
        check(new ClientContext(answers, PlanFixtures.screening(ScreeningStatus.CLEARED, "UNCLASSIFIED",
                restrictions.toArray(Restriction[]::new))), minutes);
    }

    @Property(tries = 1000)
    void anyCombinationOfSectionFourConditions(@ForAll("intakes") IntakeAnswers answers,
            @ForAll("conditions") Set<String> conditions, @ForAll("serviceMinutes") int minutes) {
        List<Restriction> restrictions = new ArrayList<>();
        conditions.forEach(c -> restrictions.addAll(List.of(PlanFixtures.condition(c))));
        check(new ClientContext(answers, PlanFixtures.screening(ScreeningStatus.CLEARED, "CHRONIC_MIGRAINE",
                restrictions.toArray(Restriction[]::new))), minutes);
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

    @Provide
    Arbitrary<IntakeAnswers> intakes() {
        Arbitrary<Set<String>> areas = Arbitraries.of(AREAS).set().ofMinSize(1);
        Arbitrary<Integer> pressure = Arbitraries.integers().between(1, 5);
        Arbitrary<String> wish = Arbitraries.of("WANT", "NO_PREFERENCE", "DECLINE");
        Arbitrary<String> location = Arbitraries.of(CATALOGUE.headPain().locations().keySet());
        return Combinators.combine(areas, pressure, wish, wish, location).as((a, p, stones, reflexology, l) ->
                new IntakeAnswers(Map.of("focus.areas", List.copyOf(a), "focus.pressure", p, "focus.hotStones", stones,
                        "focus.reflexology", reflexology, "headache.location", l)));
    }

    @Provide
    Arbitrary<List<Restriction>> restrictions() {
        Arbitrary<Restriction> one = Combinators.combine(Arbitraries.of(Modality.class),
                Arbitraries.of(RestrictionLevel.class),
                Arbitraries.of(AREAS).list().ofMaxSize(3).injectDuplicates(0.1).edgeCases(e -> e.add(List.of())))
                .as((modality, level, areas) -> new Restriction(modality, level, areas.stream().distinct().toList(),
                        "a " + modality + " test reason"));
        return one.list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<Set<String>> conditions() {
        return Arbitraries.of(CONDITIONS).set();
    }

    @Provide
    Arbitrary<Integer> serviceMinutes() {
        return Arbitraries.integers().between(1, 16).map(n -> n * 15).edgeCases(e -> e.add(60));
    }
}

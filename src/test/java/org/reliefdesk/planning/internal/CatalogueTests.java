package org.reliefdesk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.planning.internal.PlanFixtures.CATALOGUE;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reliefdesk.screening.Modality;
import org.reliefdesk.services.Skill;

class CatalogueTests {

    static final List<String> INTAKE_AREAS = List.of("HEAD_FRONT", "TEMPLES", "JAW", "BACK_OF_HEAD", "NECK_FRONT",
            "NECK_BACK", "SHOULDERS", "UPPER_BACK", "LOWER_BACK", "HANDS", "FEET");

    @Test
    void techniquesAreTheApiCodesWithTheModalityThatRestrictsThem() {
        assertThat(CATALOGUE.techniques()).extracting(Technique::code).containsExactlyInAnyOrder("KNEADING", "RUBBING",
                "COMPRESSION", "TRIGGER_POINT", "REFLEXOLOGY", "HOT_STONE", "STRETCHING", "CONSULTATION");
        assertThat(CATALOGUE.technique("TRIGGER_POINT").modality()).isEqualTo(Modality.TRIGGER_POINT);
        assertThat(CATALOGUE.technique("REFLEXOLOGY").modality()).isEqualTo(Modality.REFLEXOLOGY);
        assertThat(CATALOGUE.technique("HOT_STONE").modality()).isEqualTo(Modality.HOT_STONE);
        assertThat(CATALOGUE.technique("KNEADING").modality()).isNull();
        assertThat(CATALOGUE.technique("CONSULTATION").handsOn()).isFalse();
        assertThat(CATALOGUE.techniques()).filteredOn(Technique::gentleNeckWork).extracting(Technique::code)
                .containsExactlyInAnyOrder("KNEADING", "RUBBING");
        assertThat(CATALOGUE.technique("REFLEXOLOGY").areas()).containsExactlyInAnyOrder("FEET", "HANDS");
        CATALOGUE.techniques().stream().filter(t -> t.skill() != null)
                .forEach(t -> assertThat(Skill.valueOf(t.skill())).isNotNull());
        CATALOGUE.techniques().forEach(t -> assertThat(INTAKE_AREAS).containsAll(t.areas()));
    }

    @Test
    void bodyAreasAreTheIntakeFocusAreasInTheirOrder() {
        assertThat(CATALOGUE.areas()).extracting(BodyArea::code).containsExactlyElementsOf(INTAKE_AREAS);
        assertThat(CATALOGUE.areas()).filteredOn(BodyArea::neck).extracting(BodyArea::code)
                .containsExactlyInAnyOrder("NECK_FRONT", "NECK_BACK", "BACK_OF_HEAD");
        assertThat(CATALOGUE.area("NECK_FRONT").maxPressure()).isEqualTo(2);
        assertThat(CATALOGUE.area("NECK_FRONT").muscles()).containsExactly("sternocleidomastoid");
        assertThat(CATALOGUE.area("JAW").muscles()).containsExactly("masseter", "temporalis");
        assertThat(CATALOGUE.area("HEAD_FRONT").workArea()).isEqualTo("BACK_OF_HEAD");
        for (BodyArea area : CATALOGUE.areas()) {
            assertThat(area.muscles()).isNotEmpty();
            assertThat(CATALOGUE.area(area.workArea())).isNotNull();
            assertThat(CATALOGUE.technique(area.focusTechnique()).handsOn()).isTrue();
            assertThat(area.plain()).isNotBlank();
        }
    }

    @Test
    void headPainLocationsMapToTheAreasOfSectionSeven() {
        Map<String, HeadPainMap.Location> locations = CATALOGUE.headPain().locations();
        assertThat(locations).containsOnlyKeys("ONE_SIDE", "BOTH_SIDES", "BAND_AROUND_HEAD", "BACK_OF_HEAD_NECK",
                "BEHIND_EYE", "VARIES");
        assertThat(locations.get("ONE_SIDE").areas()).containsExactly("TEMPLES", "SHOULDERS", "NECK_BACK");
        assertThat(locations.get("BAND_AROUND_HEAD").areas()).containsExactly("TEMPLES", "SHOULDERS", "BACK_OF_HEAD");
        assertThat(locations.get("BEHIND_EYE").muscles()).containsExactly("suboccipitals", "splenius cervicis",
                "upper trapezius");
        assertThat(locations.get("VARIES").areas()).containsExactly("SHOULDERS", "NECK_BACK", "BACK_OF_HEAD");
        locations.values().forEach(l -> {
            assertThat(l.areas()).hasSameSizeAs(l.muscles());
            assertThat(INTAKE_AREAS).containsAll(l.areas());
        });
        assertThat(CATALOGUE.headPain().referral()).extracting(HeadPainMap.Referral::where).containsExactly(
                "temple", "behind the eye", "back of the head", "top of the head", "forehead", "jaw / eyebrow");
    }

    @Test
    void everyEvidenceEntryCarriesAnHonestStrengthLabel() {
        assertThat(CATALOGUE.evidence()).extracting(Evidence::id).containsExactly("quinn-2002", "moraska-2008",
                "moraska-2015", "hernandez-reif-1998", "lawler-cameron-2006", "ghanbari-2012", "ghanbari-2015",
                "launso-1999", "chaibi-2014");
        for (Evidence e : CATALOGUE.evidence()) {
            assertThat(e.citation()).isNotBlank();
            assertThat(e.finding()).isNotBlank();
            if (e.randomised() == null) {
                assertThat(e.strength()).startsWith("Review");
            } else {
                assertThat(e.strength()).startsWith(e.randomised() ? "Randomised" : "Not randomised");
                assertThat(e.participants()).isPositive();
                assertThat(e.strength() + " " + e.finding()).contains(String.valueOf(e.participants()));
            }
        }
        assertThat(CATALOGUE.evidence("quinn-2002").randomised()).isFalse();
        assertThat(CATALOGUE.evidence("moraska-2015").participants()).isEqualTo(56);
        assertThat(CATALOGUE.evidence("launso-1999").strength()).contains("weak");
    }

    @Test
    void theTemplateIsSixtyMinutesAndCitesOnlyKnownEvidence() {
        SessionTemplate template = CATALOGUE.template();
        assertThat(template.minutesFor(60)).containsExactlyInAnyOrderEntriesOf(Map.of(Phase.ASSESSMENT, 5, Phase.WARM_UP, 12,
                Phase.FOCUSED, 25, Phase.ADJUNCT, 8, Phase.CLOSING, 10));
        template.evidence().values().forEach(byFamily -> {
            assertThat(byFamily).containsOnlyKeys("TENSION_TYPE", "MIGRAINE", "OTHER");
            byFamily.values().forEach(ids -> ids.forEach(id -> assertThat(CATALOGUE.evidence(id)).isNotNull()));
        });
        template.phases().values().forEach(p -> {
            assertThat(INTAKE_AREAS).containsAll(p.areas());
            p.techniques().forEach(t -> assertThat(CATALOGUE.technique(t)).isNotNull());
        });
    }

    @Test
    void everyServiceLengthScalesToWholeMinutesThatSumUp() {
        for (int minutes = 15; minutes <= 240; minutes += 15) {
            Map<Phase, Integer> phases = CATALOGUE.template().minutesFor(minutes);
            assertThat(phases.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(minutes);
            assertThat(phases.values()).allMatch(m -> m >= 1);
            assertThat(phases.get(Phase.FOCUSED)).isGreaterThanOrEqualTo(phases.get(Phase.WARM_UP));
        }
        assertThat(CATALOGUE.template().minutesFor(90)).containsExactlyInAnyOrderEntriesOf(Map.of(Phase.ASSESSMENT, 8,
                Phase.WARM_UP, 18, Phase.FOCUSED, 37, Phase.ADJUNCT, 12, Phase.CLOSING, 15));
    }
}

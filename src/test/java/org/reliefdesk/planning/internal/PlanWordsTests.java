package org.reliefdesk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.planning.internal.PlanFixtures.CATALOGUE;
import static org.reliefdesk.planning.internal.PlanFixtures.intake;
import static org.reliefdesk.planning.internal.PlanFixtures.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.reliefdesk.planning.internal.PlanWords.TemplateTexts;
import org.reliefdesk.screening.Modality;
import org.reliefdesk.screening.Restriction;
import org.reliefdesk.screening.RestrictionLevel;
import org.reliefdesk.screening.Screening;
import org.reliefdesk.screening.ScreeningStatus;
import org.reliefdesk.support.EnglishLeftovers;

/**
 * The proposer's texts in both languages: the Spanish data is complete (same texts and placeholders as the English,
 * a Spanish word for every technique, area, headache location and muscle), and every text of a proposal for the
 * demo cases (every marked area and headache location, the wishes, the restrictions that shorten or move a block)
 * reads with no placeholder left and, in Spanish, no English word.
 */
class PlanWordsTests {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+}");
    static final TemplateTexts SPANISH = CATALOGUE.texts(PlanWords.SPANISH);
    final PlanProposer proposer = new PlanProposer(CATALOGUE);

    /** Rule-table restriction reasons (clinical/screening-rules.yml) and screening-rules_es's Spanish for them. */
    static final Map<String, String> REASONS = Map.of(
            "blood clot in a vein (DVT) in the past", "coágulo de sangre en una vena (TVP) en el pasado",
            "blood thinners (bruising risk)", "anticoagulantes (riesgo de moretones)",
            "fragile bones (osteoporosis)", "huesos frágiles (osteoporosis)",
            "neck injury or whiplash less than 12 weeks ago", "lesión de cuello o latigazo cervical hace menos de 12 semanas",
            "first trimester of pregnancy", "primer trimestre del embarazo",
            "foot injury, gout, infection or ulcer", "lesión, gota, infección o úlcera en el pie");

    @Test
    void theSpanishTextsHaveEveryEnglishTextWithTheSamePlaceholders() {
        Map<String, String> english = CATALOGUE.template().texts();
        assertThat(SPANISH.texts().keySet()).isEqualTo(english.keySet());
        english.forEach((key, text) -> assertThat(placeholders(SPANISH.texts().get(key))).as(key)
                .isEqualTo(placeholders(text)));
    }

    @Test
    void everyTechniqueAreaLocationAndMuscleHasASpanishWord() {
        assertThat(SPANISH.words().techniques().keySet())
                .containsAll(CATALOGUE.techniques().stream().map(Technique::code).toList());
        assertThat(SPANISH.words().areas().keySet())
                .containsAll(CATALOGUE.areas().stream().map(BodyArea::code).toList());
        assertThat(SPANISH.words().locations().keySet()).containsAll(CATALOGUE.headPain().locations().keySet());
        Set<String> muscles = new TreeSet<>();
        CATALOGUE.areas().forEach(a -> muscles.addAll(a.muscles()));
        CATALOGUE.headPain().locations().values().forEach(l -> muscles.addAll(l.muscles()));
        assertThat(SPANISH.words().muscles().keySet()).containsAll(muscles);
    }

    @Test
    void aSpanishPlanReadsInSpanishWithArticlesAndAListJoinedWithY() {
        ClientContext client = intake().areas("JAW", "HEAD_FRONT").location("ONE_SIDE").cleared();

        List<PlanBlock> blocks = proposer.propose(client, 60, PlanWords.of(CATALOGUE, "es"));

        assertThat(blocks.get(0).rationale()).startsWith("Antes de cualquier trabajo manual revisamos");
        assertThat(blocks.get(1).rationale()).isEqualTo("El amasamiento lento de la parte alta de su espalda calienta "
                + "los músculos y alivia la tensión general, para que el trabajo específico que sigue sea más "
                + "cómodo. Presión 3 de 5, la firmeza que usted eligió.");
        List<PlanBlock> focused = PlanProposerTests.phase(blocks, "FOCUSED");
        assertThat(focused.get(0).rationale()).startsWith("Usted marcó su frente; ese dolor viene de los músculos "
                + "suboccipitales y el esternocleidomastoideo, así que el trabajo se hace en la parte posterior de su "
                + "cabeza.");
        assertThat(focused.get(1).rationale()).startsWith("Usted marcó su mandíbula; los puntos gatillo en el masetero "
                + "y el músculo temporal pueden causar el dolor que siente allí.");
        assertThat(focused.get(2).rationale()).startsWith("Su dolor de cabeza suele sentirse en un lado de la cabeza; "
                + "los puntos gatillo en el músculo temporal (sus sienes) pueden causar ese dolor.");
    }

    @Test
    void aReasonFromTheScreeningIsInTheClientsLanguage() {
        ClientContext client = intake().areas("SHOULDERS").pressure(5).hotStones("WANT").reflexology("WANT")
                .with(screening(ScreeningStatus.CLEARED, "MIGRAINE_WITHOUT_AURA",
                        restriction(Modality.HOT_STONE, RestrictionLevel.AVOID, "blood clot in a vein (DVT) in the past"),
                        restriction(Modality.REFLEXOLOGY, RestrictionLevel.AVOID, "blood clot in a vein (DVT) in the past",
                                "FEET"),
                        restriction(Modality.DEEP_PRESSURE, RestrictionLevel.AVOID,
                                "blood clot in a vein (DVT) in the past")));

        List<PlanBlock> blocks = proposer.propose(client, 60, spanish(client.screening()));

        assertThat(PlanProposerTests.phase(blocks, "WARM_UP").get(0).rationale()).startsWith("Usted pidió piedras "
                + "calientes, pero esta vez no las usaremos: coágulo de sangre en una vena (TVP) en el pasado.");
        assertThat(PlanProposerTests.phase(blocks, "ADJUNCT").get(0).rationale()).startsWith("Usted pidió "
                + "reflexología; la hacemos en sus manos en lugar de sus pies: coágulo de sangre en una vena (TVP) en "
                + "el pasado.");
        assertThat(PlanProposerTests.phase(blocks, "FOCUSED").get(0).rationale()).endsWith("Presión 2 de 5 (usted "
                + "eligió 5), un poco más ligera: coágulo de sangre en una vena (TVP) en el pasado.");
    }

    @Test
    void everyTextOfTheDemoCasesIsFilledInBothLanguagesAndTheSpanishHasNoEnglish() {
        List<String> english = new ArrayList<>();
        List<String> spanish = new ArrayList<>();
        for (ClientContext client : demoCases()) {
            proposer.propose(client, 60).forEach(b -> english.add(b.rationale()));
            proposer.propose(client, 60, spanish(client.screening())).forEach(b -> spanish.add(b.rationale()));
            proposer.propose(client, 90, spanish(client.screening())).forEach(b -> spanish.add(b.rationale()));
        }
        Set<String> englishOnly = englishOnlyWords();

        assertThat(Stream.concat(english.stream(), spanish.stream())).as("texts with a placeholder left")
                .noneMatch(t -> PLACEHOLDER.matcher(t).find()).noneMatch(t -> t.contains("null"));
        assertThat(spanish).as("Spanish texts with an English word").allSatisfy(text -> {
            assertThat(EnglishLeftovers.inText(text)).as(text).isEmpty();
            assertThat(words(text)).as(text).doesNotContainAnyElementsOf(englishOnly);
            assertThat(text).as("contracted").doesNotContain(" de el ").doesNotContain(" a el ");
        });
        assertThat(english).as("English texts are as before").allSatisfy(text ->
                assertThat(words(text)).as(text).doesNotContain("usted", "su", "sus"));
    }

    /** Every area marked alone with every headache location, the wishes, and the restrictions of the rule table. */
    static List<ClientContext> demoCases() {
        List<ClientContext> cases = new ArrayList<>();
        for (BodyArea area : CATALOGUE.areas()) {
            for (String location : CATALOGUE.headPain().locations().keySet()) {
                cases.add(intake().areas(area.code()).location(location).hotStones("WANT").reflexology("WANT")
                        .cleared());
            }
        }
        cases.add(intake().areas("TEMPLES", "NECK_BACK", "SHOULDERS").location("ONE_SIDE").cleared());
        String dvt = "blood clot in a vein (DVT) in the past";
        cases.add(intake().areas("SHOULDERS").pressure(5).hotStones("WANT").reflexology("WANT").cleared(
                restriction(Modality.HOT_STONE, RestrictionLevel.AVOID, dvt),
                restriction(Modality.REFLEXOLOGY, RestrictionLevel.AVOID, dvt, "FEET"),
                restriction(Modality.DEEP_PRESSURE, RestrictionLevel.AVOID, dvt)));
        cases.add(intake().areas("SHOULDERS", "BACK_OF_HEAD").pressure(5).cleared(
                restriction(Modality.DEEP_PRESSURE, RestrictionLevel.AVOID, "blood thinners (bruising risk)"),
                restriction(Modality.TRIGGER_POINT, RestrictionLevel.CAUTION, "blood thinners (bruising risk)")));
        cases.add(intake().areas("NECK_BACK", "NECK_FRONT").pressure(4).cleared(
                restriction(Modality.DEEP_PRESSURE, RestrictionLevel.AVOID, "fragile bones (osteoporosis)"),
                restriction(Modality.DEEP_NECK_WORK, RestrictionLevel.AVOID, "fragile bones (osteoporosis)")));
        cases.add(intake().areas("NECK_BACK").hotStones("WANT").cleared(
                restriction(Modality.DEEP_NECK_WORK, RestrictionLevel.AVOID, "neck injury or whiplash less than 12 weeks ago"),
                restriction(Modality.HOT_STONE, RestrictionLevel.AVOID, "neck injury or whiplash less than 12 weeks ago")));
        cases.add(intake().areas("FEET", "SHOULDERS").reflexology("WANT").cleared(
                restriction(Modality.REFLEXOLOGY, RestrictionLevel.AVOID, "first trimester of pregnancy")));
        cases.add(intake().areas("FEET", "TEMPLES").reflexology("WANT").cleared(
                restriction(Modality.ANY_WORK, RestrictionLevel.AVOID, "foot injury, gout, infection or ulcer", "FEET")));
        cases.add(intake().areas("TEMPLES", "JAW").pressure(2).hotStones("DECLINE").reflexology("DECLINE").cleared(
                restriction(Modality.TRIGGER_POINT, RestrictionLevel.AVOID, "blood thinners (bruising risk)")));
        cases.add(intake().areas("UPPER_BACK").pressure(4).hotStones("WANT").cleared(
                restriction(Modality.ANY_WORK, RestrictionLevel.AVOID, null, "UPPER_BACK", "SHOULDERS")));
        return cases;
    }

    static Restriction restriction(Modality modality, RestrictionLevel level, String reason, String... areas) {
        return new Restriction(modality, level, List.of(areas), reason);
    }

    /** Spanish words with the screening's reasons as screening-rules_es has them (ScreeningWords does this). */
    static PlanWords spanish(Screening stored) {
        List<Restriction> translated = stored.restrictions().stream().map(r -> new Restriction(r.modality(),
                r.level(), r.areas(), r.reason() == null ? null : REASONS.getOrDefault(r.reason(), r.reason())))
                .toList();
        Screening es = new Screening(stored.intakeId(), stored.clientId(), stored.intakeVersion(), stored.status(),
                stored.flags(), translated, stored.headachePattern(), stored.midas(), stored.clearance());
        return PlanWords.of(CATALOGUE, "es-US").withReasons(stored, es);
    }

    /** Words of the English texts and names that the Spanish texts and names never use. */
    static Set<String> englishOnlyWords() {
        Set<String> english = new TreeSet<>();
        CATALOGUE.template().texts().values().forEach(t -> english.addAll(words(t)));
        CATALOGUE.techniques().forEach(t -> english.addAll(words(t.plain() + " " + t.name())));
        CATALOGUE.areas().forEach(a -> english.addAll(words(a.plain() + " " + String.join(" ", a.muscles()))));
        CATALOGUE.headPain().locations().values().forEach(l -> english.addAll(words(l.plain())));
        Set<String> spanish = new TreeSet<>();
        SPANISH.texts().values().forEach(t -> spanish.addAll(words(t)));
        Stream.of(SPANISH.words().techniques(), SPANISH.words().areas(), SPANISH.words().locations(),
                SPANISH.words().muscles()).forEach(m -> m.values().forEach(v -> spanish.addAll(words(v))));
        english.removeAll(spanish);
        return english;
    }

    static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        Matcher m = Pattern.compile("\\p{L}{2,}").matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}

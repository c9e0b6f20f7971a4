package org.reliefdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.IntakeFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class IntakeDraftTests {

    private static final IntakeForm FORM = IntakeForm.standard();
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static IntakeDraft draft(Map<String, Object> intake) {
        return new IntakeDraft(FORM, JSON.valueToTree(intake));
    }

    private static IntakeDraft empty() {
        return new IntakeDraft(FORM, null);
    }

    private static Map<String, String[]> post(String... pairs) {
        Map<String, String[]> params = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.merge(pairs[i], new String[] {pairs[i + 1]}, (a, b) -> {
                String[] both = java.util.Arrays.copyOf(a, a.length + 1);
                both[a.length] = b[0];
                return both;
            });
        }
        return params;
    }

    @Test
    void typesNumbersAndYesNoAndKeepsWhatDoesNotParseAsTyped() {
        ObjectNode section = empty().sectionFromPost("headache", post("headache.daysPerMonth", " 8 ",
                "headache.typicalDurationHours", "1,5", "headache.monthsWithThisPattern", "a year",
                "headache.nausea", "true", "headache.aura", "false", "headache.preventiveMedication", "  "), TODAY);

        assertThat(section.get("daysPerMonth").isNumber()).isTrue();
        assertThat(section.get("daysPerMonth").intValue()).isEqualTo(8);
        assertThat(section.get("typicalDurationHours").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(section.get("monthsWithThisPattern").asString()).isEqualTo("a year");
        assertThat(section.get("nausea").booleanValue()).isTrue();
        assertThat(section.get("aura").booleanValue()).isFalse();
        assertThat(section.has("preventiveMedication")).isFalse();
    }

    @Test
    void anUntickedSetIsNoneOnlyWhereTheFormOffersNoNoneOption() {
        ObjectNode headache = empty().sectionFromPost("headache", post("_headache.triggers", "on"), TODAY);
        ObjectNode health = empty().sectionFromPost("health", post("_health.neckConditions", "on"), TODAY);
        ObjectNode ticked = empty().sectionFromPost("health", post("_health.neckConditions", "on",
                "health.neckConditions", "NONE"), TODAY);

        assertThat(headache.get("triggers").isArray()).isTrue();
        assertThat(headache.get("triggers").isEmpty()).isTrue();
        assertThat(health.has("neckConditions")).isFalse();
        assertThat(ticked.get("neckConditions").get(0).asString()).isEqualTo("NONE");
    }

    @Nested
    class TheHealthList {

        static final String LIST = "health.conditions";
        final IntakeForm.Group list = FORM.section("health").orElseThrow().groups().get(0);

        ObjectNode posted(String... pairs) {
            return empty().sectionFromPost("health", post(pairs), TODAY);
        }

        @Test
        void untouchedItAnswersNothingSoEveryItemIsStillToAnswer() {
            ObjectNode health = posted("_" + LIST, "on", "health.hypertension", "NONE");

            list.codes().forEach(code -> assertThat(health.has(code.substring(7))).as(code).isFalse());
            IntakeDraft draft = withHealth(health);
            assertThat(draft.problems("health", TODAY)).containsKeys(list.codes().toArray(String[]::new));
            assertThat(draft.noneOf(list)).isFalse();
        }

        @Test
        void noneOfTheseAloneIsNoToEveryItemAndReopensAsNoneOfThese() {
            ObjectNode health = posted("_" + LIST, "on", LIST, "NONE");

            list.codes().forEach(code -> assertThat(health.get(code.substring(7)).booleanValue()).as(code).isFalse());
            assertThat(withHealth(health).noneOf(list)).isTrue();
            assertThat(withHealth(health).problems("health", TODAY)).doesNotContainKeys(list.codes().toArray(String[]::new));
        }

        @Test
        void tickedItemsAreYesAndTheRestNo() {
            ObjectNode health = posted("_" + LIST, "on", "health.diabetes", "true", "health.varicoseVeins", "true");

            assertThat(health.get("diabetes").booleanValue()).isTrue();
            assertThat(health.get("varicoseVeins").booleanValue()).isTrue();
            assertThat(health.get("anticoagulants").booleanValue()).isFalse();
            assertThat(health.get("acuteIllness").booleanValue()).isFalse();
            IntakeDraft draft = withHealth(health);
            assertThat(draft.noneOf(list)).isFalse();
            assertThat(draft.typed("health.diabetes")).isEqualTo("true");
            assertThat(draft.problems("health", TODAY)).doesNotContainKeys(list.codes().toArray(String[]::new));
        }

        @Test
        void noneOfTheseWithATickedItemKeepsTheTickAndLeavesTheRestUnansweredAsAProblem() {
            var params = post("_" + LIST, "on", LIST, "NONE", "health.diabetes", "true");
            ObjectNode health = empty().sectionFromPost("health", params, TODAY);

            assertThat(health.get("diabetes").booleanValue()).isTrue();
            assertThat(health.has("anticoagulants")).isFalse();
            IntakeDraft draft = withHealth(health);
            assertThat(draft.problems("health", TODAY, params)).containsEntry(LIST, IntakeDraft.NONE_WITH_TICKS)
                    .containsKey("health.anticoagulants");
            assertThat(draft.problems("health", TODAY, post("_" + LIST, "on", LIST, "NONE"))).doesNotContainKey(LIST);
        }

        @Test
        void withoutTheListsMarkerEachItemIsReadAsItsOwnYesNoAnswer() {
            ObjectNode health = posted("health.diabetes", "false", "health.anticoagulants", "true");

            assertThat(health.get("diabetes").booleanValue()).isFalse();
            assertThat(health.get("anticoagulants").booleanValue()).isTrue();
            assertThat(health.has("varicoseVeins")).isFalse();
        }

        private IntakeDraft withHealth(ObjectNode health) {
            ObjectNode answers = JSON.createObjectNode();
            answers.set("health", health);
            return new IntakeDraft(FORM, answers);
        }
    }

    @Test
    void dropsAnswersToQuestionsThatNoLongerApply() {
        ObjectNode about = empty().sectionFromPost("about", post("about.sexAtBirth", "MALE", "about.pregnant", "true",
                "about.pregnancyTrimester", "2", "about.recentlyGaveBirth", "false"), TODAY);

        assertThat(about.has("pregnant")).isFalse();
        assertThat(about.has("pregnancyTrimester")).isFalse();
        assertThat(about.has("recentlyGaveBirth")).isFalse();
        assertThat(about.get("sexAtBirth").asString()).isEqualTo("MALE");
    }

    @Test
    void theTrimesterIsAskedOnlyOncePregnancyIsAnsweredYes() {
        Question trimester = FORM.question("about.pregnancyTrimester").orElseThrow();
        Map<String, Object> intake = IntakeFixtures.episodicMigraine();

        assertThat(empty().asked(trimester, TODAY)).isFalse();
        assertThat(draft(intake).asked(trimester, TODAY)).isFalse();
        assertThat(draft(IntakeFixtures.with(intake, "about.pregnant", true)).asked(trimester, TODAY)).isTrue();
    }

    @Test
    void resumesAtTheFirstSectionWithAnythingMissingOrWrong() {
        Map<String, Object> complete = IntakeFixtures.episodicMigraine();

        assertThat(empty().firstUnfinished(TODAY).map(IntakeForm.Section::code)).hasValue("about");
        assertThat(draft(complete).firstUnfinished(TODAY)).isEmpty();
        assertThat(draft(IntakeFixtures.with(complete, "warning.fever", null)).firstUnfinished(TODAY)
                .map(IntakeForm.Section::code)).hasValue("warning");
        assertThat(draft(IntakeFixtures.with(complete, "midas.q3", "two")).firstUnfinished(TODAY)
                .map(IntakeForm.Section::code)).hasValue("midas");
    }

    @Test
    void showsTypedAnswersBackExactly() {
        Map<String, Object> intake = IntakeFixtures.with(IntakeFixtures.episodicMigraine(), "headache.daysPerMonth", "8x");
        IntakeDraft draft = draft(intake);

        assertThat(draft.typed("headache.daysPerMonth")).isEqualTo("8x");
        assertThat(draft.typed("headache.typicalDurationHours")).isEqualTo("12");
        assertThat(draft.typed("headache.nausea")).isEqualTo("true");
        assertThat(draft.typed("health.surgeryWeeksAgo")).isEmpty();
        assertThat(draft.typedSet("focus.areas")).containsExactly("TEMPLES", "NECK_BACK", "SHOULDERS");
        assertThat(draft.problems("headache", TODAY)).containsKey("headache.daysPerMonth");
    }

    @Test
    void describesAnswersInWords() {
        assertThat(FORM.question("headache.nausea").orElseThrow().describe(true)).isEqualTo("Yes");
        assertThat(FORM.question("headache.location").orElseThrow().describe("ONE_SIDE")).isEqualTo("One side of the head");
        assertThat(FORM.question("focus.areas").orElseThrow().describe(java.util.List.of("JAW", "FEET")))
                .isEqualTo("Jaw, Feet");
        assertThat(FORM.question("headache.typicalDurationHours").orElseThrow()
                .describe(new java.math.BigDecimal("1.50"))).isEqualTo("1.5");
        JsonNode none = JSON.valueToTree(Map.of());
        assertThat(new IntakeDraft(FORM, none).isEmpty()).isTrue();
    }
}

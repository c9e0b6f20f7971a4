package org.reliefdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reliefdesk.support.IntakeFixtures.episodicMigraine;
import static org.reliefdesk.support.IntakeFixtures.with;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.shared.FieldError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IntakeFormTests {

    static final IntakeForm FORM = IntakeForm.standard();
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every code of INTAKE.md (form version 1), in its order. */
    static final List<String> INTAKE_MD = List.of("about.dateOfBirth", "about.sexAtBirth", "about.pregnant",
            "about.pregnancyTrimester", "about.recentlyGaveBirth", "about.physician", "headache.daysPerMonth",
            "headache.monthsWithThisPattern", "headache.attacksSoFar", "headache.typicalDurationHours",
            "headache.location", "headache.quality", "headache.typicalIntensity", "headache.worseWithRoutineActivity",
            "headache.nausea", "headache.vomiting", "headache.lightSensitivity", "headache.soundSensitivity",
            "headache.aura", "headache.acuteMedicationDaysPerMonth", "headache.acuteMedicationKinds",
            "headache.preventiveMedication", "headache.assessedByPhysician", "headache.triggers",
            "warning.thunderclap", "warning.worstEver", "warning.newOrChanged", "warning.progressive",
            "warning.fever", "warning.neurological", "warning.positional", "warning.coughOrExertion",
            "warning.headInjury", "warning.cancerHistory", "warning.immunosuppressed",
            "warning.newHeadacheWithNeckPain", "warning.atypicalAura", "warning.jawPainOnChewing",
            "warning.wakesFromSleep", "health.anticoagulants", "health.bleedingDisorder", "health.dvtHistory",
            "health.hypertension", "health.heartDisease", "health.diabetes", "health.reducedSensation",
            "health.osteoporosis", "health.neckInjuryWeeksAgo", "health.neckConditions", "health.surgeryWeeksAgo",
            "health.activeCancerTreatment", "health.skinConditions", "health.varicoseVeins", "health.footProblems",
            "health.heatIntolerance", "health.acuteIllness", "health.otherConditions", "health.medications",
            "focus.areas", "focus.pressure", "focus.hotStones", "focus.reflexology", "focus.goals", "midas.q1",
            "midas.q2", "midas.q3", "midas.q4", "midas.q5", "midas.a", "midas.b", "consent.treatment",
            "consent.shareWithPhysician", "consent.signature", "consent.signedAt");

    static IntakeCheck check(Map<String, Object> intake) {
        return FORM.check(JSON.valueToTree(intake), TODAY);
    }

    static List<String> fields(IntakeCheck check) {
        return check.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void theFormAsksEveryIntakeMdCodeInOrder() {
        assertThat(FORM.questions()).extracting(Question::code).containsExactlyElementsOf(INTAKE_MD);
        assertThat(FORM.sections()).extracting(IntakeForm.Section::code)
                .containsExactly("about", "headache", "warning", "health", "focus", "midas", "consent");
        assertThat(FORM.questions()).allMatch(q -> q.label() != null && !q.label().isBlank());
        assertThat(FORM.section("midas").orElseThrow().copyright()).isEqualTo("© Innovative Medical Research 1997");
    }

    @Test
    void theHealthPageAsksItsYesNoConditionsAsOneListYetEachCodeStaysItsOwnYesNoQuestion() {
        IntakeForm.Section health = FORM.section("health").orElseThrow();
        assertThat(health.groups()).singleElement().satisfies(list -> {
            assertThat(list.code()).isEqualTo("health.conditions");
            assertThat(list.codes()).containsExactly("health.anticoagulants", "health.bleedingDisorder",
                    "health.dvtHistory", "health.heartDisease", "health.diabetes", "health.reducedSensation",
                    "health.osteoporosis", "health.activeCancerTreatment", "health.skinConditions",
                    "health.varicoseVeins", "health.heatIntolerance", "health.acuteIllness");
            assertThat(list.noneLabel()).isEqualTo("None of these");
            list.codes().forEach(code -> assertThat(FORM.question(code).orElseThrow())
                    .satisfies(q -> assertThat(q.type()).isEqualTo(QuestionType.BOOLEAN))
                    .satisfies(q -> assertThat(q.required()).isTrue()));
        });
        assertThat(FORM.question("health.conditions")).isEmpty();
        assertThat(FORM.section("warning").orElseThrow().groups()).as("red flags are asked one by one").isEmpty();
        assertThat(fields(check(with(episodicMigraine(), "health.diabetes", null)))).containsExactly("health.diabetes");
    }

    @Test
    void aCompleteIntakeIsValidAndTyped() {
        IntakeCheck check = check(episodicMigraine());
        assertThat(check.errors()).isEmpty();
        IntakeAnswers answers = check.answers();
        assertThat(answers.date("about.dateOfBirth")).isEqualTo(LocalDate.of(1985, 6, 15));
        assertThat(answers.integer("headache.daysPerMonth")).isEqualTo(6);
        assertThat(answers.decimal("headache.typicalDurationHours")).isEqualByComparingTo(BigDecimal.valueOf(12));
        assertThat(answers.set("headache.acuteMedicationKinds")).containsExactly("NSAID", "TRIPTAN");
        assertThat(answers.bool("consent.treatment")).isTrue();
        assertThat(answers.has("consent.signedAt")).isFalse();
    }

    @Nested
    class Checking {

        @Test
        void setsAreKeptInTheFormsOrderWithoutDuplicates() {
            IntakeCheck check = check(with(episodicMigraine(), "focus.areas", List.of("FEET", "TEMPLES", "FEET")));
            assertThat(check.answers().set("focus.areas")).containsExactly("TEMPLES", "FEET");
        }

        @Test
        void wholeNumbersMayBeWrittenWithAZeroFractionAndDurationsMayHaveDecimals() {
            IntakeCheck check = check(with(with(episodicMigraine(), "headache.daysPerMonth", 8.0),
                    "headache.typicalDurationHours", 1.5));
            assertThat(check.errors()).isEmpty();
            assertThat(check.answers().integer("headache.daysPerMonth")).isEqualTo(8);
        }

        @Test
        void optionalTextLeftBlankIsAbsentAndLongTextIsRefused() {
            IntakeCheck blank = check(with(episodicMigraine(), "about.physician", "  "));
            assertThat(blank.valid()).isTrue();
            assertThat(blank.answers().has("about.physician")).isFalse();
            assertThat(fields(check(with(episodicMigraine(), "focus.goals", "x".repeat(2001)))))
                    .containsExactly("focus.goals");
        }

        @Test
        void aSectionThatIsNotAnObjectIsNamed() {
            assertThat(fields(check(with(with(episodicMigraine(), "midas.q1", null), "midas.q2", null))))
                    .containsExactly("midas.q1", "midas.q2");
            Map<String, Object> intake = episodicMigraine();
            intake.put("midas", "none");
            assertThat(fields(check(intake))).contains("midas", "midas.q1", "midas.b");
        }

        @Test
        void noneMayNotBeCombinedAndMedicationKindsFollowTheDays() {
            assertThat(check(with(episodicMigraine(), "health.footProblems", List.of("NONE", "GOUT"))).errors())
                    .containsExactly(new FieldError("health.footProblems", "NONE cannot be combined with other values"));
            Map<String, Object> noMedicine = with(episodicMigraine(), "headache.acuteMedicationDaysPerMonth", 0);
            assertThat(check(with(noMedicine, "headache.acuteMedicationKinds", null)).valid()).isTrue();
            assertThat(check(with(noMedicine, "headache.acuteMedicationKinds", List.of())).valid()).isTrue();
            assertThat(check(with(noMedicine, "headache.acuteMedicationKinds", List.of("NONE"))).valid()).isTrue();
            assertThat(fields(check(with(episodicMigraine(), "headache.acuteMedicationKinds", List.of()))))
                    .containsExactly("headache.acuteMedicationKinds");
        }

        @Test
        void pregnancyFollowUpsAreAskedOnlyWhenTheyApply() {
            Map<String, Object> pregnant = with(episodicMigraine(), "about.pregnant", true);
            assertThat(check(with(pregnant, "about.pregnancyTrimester", 2)).valid()).isTrue();
            assertThat(fields(check(with(pregnant, "about.pregnancyTrimester", 4))))
                    .containsExactly("about.pregnancyTrimester");
            Map<String, Object> male = with(episodicMigraine(), "about.sexAtBirth", "MALE");
            assertThat(check(male).valid()).as("false is a fine answer for a male client").isTrue();
            assertThat(fields(check(with(male, "about.recentlyGaveBirth", true))))
                    .containsExactly("about.recentlyGaveBirth");
            Map<String, Object> unknownSex = with(with(episodicMigraine(), "about.sexAtBirth", null), "about.pregnant", null);
            assertThat(fields(check(unknownSex))).containsExactly("about.sexAtBirth", "about.pregnant");
        }

        @Test
        void theDateOfBirthMustBeRealAndInThePast() {
            assertThat(fields(check(with(episodicMigraine(), "about.dateOfBirth", "1890-01-01"))))
                    .containsExactly("about.dateOfBirth");
            assertThat(fields(check(with(episodicMigraine(), "about.dateOfBirth", "1985-02-30"))))
                    .containsExactly("about.dateOfBirth");
        }

        @Test
        void theServerSignsAndUnknownFieldsAreIgnored() {
            Map<String, Object> intake = with(episodicMigraine(), "consent.signedAt", "yesterday");
            intake = with(intake, "headache.favouriteColour", "blue");
            IntakeCheck check = check(intake);
            assertThat(check.valid()).isTrue();
            assertThat(check.values()).doesNotContainKeys("consent.signedAt", "headache.favouriteColour");
        }

        @Test
        void oneSectionCanBeCheckedForItsPage() {
            JsonNode about = JSON.valueToTree(Map.of("about", Map.of("dateOfBirth", "1985-06-15",
                    "sexAtBirth", "FEMALE", "pregnant", true)));
            IntakeCheck check = FORM.checkSection("about", about, TODAY);
            assertThat(fields(check)).containsExactly("about.pregnancyTrimester", "about.recentlyGaveBirth");
            assertThat(check.values()).containsOnlyKeys("about.dateOfBirth", "about.sexAtBirth", "about.pregnant");
            assertThatThrownBy(() -> FORM.checkSection("hobbies", about, TODAY))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void notAnObjectAtAll() {
            assertThat(fields(FORM.check(JSON.valueToTree(List.of(1)), TODAY))).containsExactly("intake");
            assertThat(fields(FORM.check(null, TODAY))).containsExactly("intake");
        }
    }

    @Nested
    class BrokenDefinitions {

        String form(String question) {
            return """
                    version: 1
                    sections:
                      - code: about
                        title: About you
                        questions:
                    %s""".formatted(question.indent(6));
        }

        void refused(String question, String message) {
            String yaml = form(question);
            assertThatThrownBy(() -> IntakeForm.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                    "test")).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Intake form test is invalid: ").hasMessageContaining(message);
        }

        @Test
        void refusesUnknownTypesKeysAndCodesOutsideTheirSection() {
            refused("- {code: about.age, type: AGE, label: Age}", "about.age: unknown type 'AGE'");
            refused("- {code: about.age, type: INTEGER, label: Age, colour: red}", "about.age: unknown key 'colour'");
            refused("- {code: health.age, type: INTEGER, label: Age}", "must start with its section code 'about.'");
            refused("- {code: about.age, type: INTEGER}", "about.age: needs a label");
        }

        @Test
        void refusesChoicesWithoutOptionsAndDuplicates() {
            refused("- {code: about.sex, type: CHOICE, label: Sex}", "about.sex: needs options");
            refused("- {code: about.a, type: BOOLEAN, label: A}\n- {code: about.a, type: BOOLEAN, label: B}",
                    "about.a: appears twice");
            refused("- {code: about.a, type: BOOLEAN, label: A, min: 1}", "min/max only on numbers");
        }

        /** A section with questions a, b (yes/no) and c (a number), and {@code groups} as given. */
        void refusedGroup(String groups, String message) {
            String yaml = form("""
                    - {code: about.a, type: BOOLEAN, label: A}
                    - {code: about.b, type: BOOLEAN, label: B}
                    - {code: about.c, type: INTEGER, label: C}
                    - {code: about.d, type: BOOLEAN, label: D, required: false}""") + "    groups:\n" + groups.indent(6);
            assertThatThrownBy(() -> IntakeForm.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                    "test")).isInstanceOf(IllegalStateException.class).hasMessageContaining(message);
        }

        @Test
        void refusesAYesNoListOfAnythingButRequiredYesNoQuestionsOfItsSection() {
            String list = "- {code: about.list, label: L, none: None, items: [{code: about.a, label: A}, %s]}";
            refusedGroup(list.formatted("{code: about.c, label: C}"), "about.c: a group holds required yes/no");
            refusedGroup(list.formatted("{code: about.d, label: D}"), "about.d: a group holds required yes/no");
            refusedGroup(list.formatted("{code: about.x, label: X}"), "about.x: is not a question of about");
            refusedGroup(list.formatted("{code: about.a, label: A}"), "about.a: is in two groups");
            refusedGroup("- {code: about.list, label: L, none: None, items: [{code: about.a, label: A}]}",
                    "about.list: needs at least two items");
            refusedGroup("- {code: about.a, label: L, none: None, items: [{code: about.a, label: A}, {code: about.b, label: B}]}",
                    "is no question's code");
            refusedGroup("- {code: about.list, label: L, items: [{code: about.a, label: A}, {code: about.b, label: B}]}",
                    "about.list: needs a none");
        }

        @Test
        void refusesAConditionOnAnUnknownCode() {
            refused("- {code: about.a, type: BOOLEAN, label: A, askedWhen: {code: about.b, eq: true}, askedWhenText: x}",
                    "about.a.askedWhen: unknown intake code 'about.b'");
            refused("- {code: about.a, type: BOOLEAN, label: A, askedWhen: {code: about.a, eq: true}}",
                    "askedWhen needs askedWhenText");
        }
    }
}

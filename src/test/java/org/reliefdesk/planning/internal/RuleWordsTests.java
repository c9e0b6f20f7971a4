package org.reliefdesk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.planning.internal.PlanFixtures.CATALOGUE;
import static org.reliefdesk.planning.internal.PlanFixtures.intake;
import static org.reliefdesk.planning.internal.PlanRulesTests.block;
import static org.reliefdesk.planning.internal.PlanRulesTests.planWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.screening.Modality;
import org.reliefdesk.screening.Restriction;
import org.reliefdesk.screening.RestrictionLevel;
import org.reliefdesk.screening.ScreeningWords;
import org.reliefdesk.screening.internal.RuleBook;
import org.reliefdesk.screening.internal.RuleTexts;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The plan rules' words in both languages: English word for word as the API has said them, Spanish in full. */
class RuleWordsTests {

    static final Locale SPANISH = Locale.forLanguageTag("es");
    static final Restriction BLOOD_THINNERS = new Restriction(Modality.TRIGGER_POINT, RestrictionLevel.CAUTION,
            List.of(), "Blood thinners (bruising risk)");
    /** English words and codes a Spanish rule text must not hold. */
    static final Pattern ENGLISH = Pattern.compile("\\b(Block|is|here|not allowed|pressure|above|note|required|client|"
            + "declined|only|done|at most|AVOID|CAUTION|[A-Z]{2,}_[A-Z_]+)\\b");

    final PlanRules rules = new PlanRules(CATALOGUE);
    final RuleWords words = new RuleWords(bundle(), new ScreeningWords(new RuleTexts(
            RuleBook.standard(IntakeForm.standard()))));

    static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/planning");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    List<PlanRules.Broken> broken(ClientContext client, PlanBlock third) {
        return rules.broken(planWith(third), client, "Medical Massage, 60 minutes", 60);
    }

    @Test
    void aPressureAboveACautionReadsInEnglishAsAlwaysAndInSpanishWithTheScreeningsReason() {
        PlanRules.Broken error = broken(intake().pressure(5).cleared(BLOOD_THINNERS),
                block("TRIGGER_POINT", "SHOULDERS", 4, "n")).get(0);
        assertThat(error.field()).isEqualTo("blocks[2].pressure");
        assertThat(error.text().english()).isEqualTo("Block 3 (Trigger-point compression, Shoulders): pressure 4 is "
                + "above 3: TRIGGER_POINT CAUTION (Blood thinners (bruising risk)): trigger-point pressure 3 at most");
        assertThat(words.say(error.text(), Locale.ENGLISH)).isEqualTo(error.text().english());
        assertThat(words.say(error.text(), SPANISH)).isEqualTo("Bloque 3 (Compresión de puntos gatillo, Hombros): la "
                + "presión 4 supera 3: PRECAUCIÓN con puntos gatillo (Anticoagulantes (riesgo de moretones)): presión "
                + "de puntos gatillo 3 como máximo");
    }

    @Test
    void listsOfAreasAndTheTechniqueInLowerCaseAreSaidInEachLanguage() {
        PlanRules.Broken onlyOn = broken(intake().cleared(), block("REFLEXOLOGY", "SHOULDERS", 2)).get(0);
        assertThat(onlyOn.text().english()).isEqualTo("Block 3 (Reflexology, Shoulders): Reflexology here is not "
                + "allowed: Reflexology is only done on FEET or HANDS");
        assertThat(words.say(onlyOn.text(), SPANISH)).isEqualTo("Bloque 3 (Reflexología, Hombros): Reflexología no "
                + "está permitido aquí: Reflexología solo se hace en los pies o las manos");
        Restriction avoid = new Restriction(Modality.TRIGGER_POINT, RestrictionLevel.AVOID,
                List.of("NECK_BACK", "SHOULDERS"), null);
        PlanRules.Broken avoided = broken(intake().cleared(avoid), block("TRIGGER_POINT", "SHOULDERS", 2)).get(0);
        assertThat(avoided.text().english()).endsWith("TRIGGER_POINT AVOID: no trigger-point compression on "
                + "NECK_BACK, SHOULDERS");
        assertThat(words.say(avoided.text(), SPANISH)).endsWith("EVITAR puntos gatillo: nada de compresión de puntos "
                + "gatillo en la parte posterior del cuello, los hombros");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reliefdesk.planning.internal.PlanRulesTests#brokenRules")
    void everyBrokenRuleReadsInSpanishWithoutEnglishWordsOrCodes(String name, ClientContext client, PlanBlock third,
            String field, String rule) {
        List<String> spanish = new ArrayList<>();
        for (PlanRules.Broken b : broken(client, third)) {
            if (b.field().equals(field)) {
                spanish.add(words.say(b.text(), SPANISH));
            }
        }
        assertThat(spanish).isNotEmpty().allSatisfy(text -> {
            assertThat(text).startsWith("Bloque 3");
            String own = text;
            for (Restriction r : client.screening().restrictions()) {
                own = r.reason() == null ? own : own.replace(r.reason(), "");   // the fixtures' reasons are made up
            }
            if (!name.startsWith("an unknown")) {
                assertThat(ENGLISH.matcher(own).find()).as(text).isFalse();
            }
        });
    }

    @Test
    void theRulesSeparatorsAndFormsAreNoTemplateForOtherMessages() {
        for (String message : List.of("Pay by cash or card", "Clearance: no letter on file")) {
            assertThat(org.reliefdesk.web.ProblemText.translate(message, SPANISH)).isEqualTo(message);
        }
    }

    @Test
    void theEnglishLabelsAreTheCataloguesNames() {
        ResourceBundleMessageSource english = bundle();
        CATALOGUE.techniques().forEach(t -> assertThat(english.getMessage("code.Technique." + t.code(), null,
                Locale.ENGLISH)).isEqualTo(t.name()));
        CATALOGUE.areas().forEach(a -> {
            assertThat(english.getMessage("code.BodyArea." + a.code(), null, Locale.ENGLISH)).isEqualTo(a.name());
            assertThat(english.getMessage("plan.rule.areaCode." + a.code(), null, Locale.ENGLISH)).isEqualTo(a.code());
            if (a.maxPressure() != null) {
                assertThat(english.getMessage("plan.rule.areaReason." + a.code(), null, Locale.ENGLISH))
                        .isEqualTo(a.maxPressureReason());
            }
        });
    }

    @Test
    void aReviewReasonStoredAsTextOnlyIsShownAsStoredAndMarkedEnglish() {
        SessionPlan old = new SessionPlan(null, null, "MEDICAL_MASSAGE_60", PlanStatus.NEEDS_REVIEW, 2, 1, null,
                List.of("Block 3 (Kneading, Back of the neck): pressure 3 is above 2: DEEP_NECK_WORK AVOID"), null, null);
        assertThat(words.reasons(old)).containsExactly(new RuleWords.Shown(
                "Block 3 (Kneading, Back of the neck): pressure 3 is above 2: DEEP_NECK_WORK AVOID", "en"));
        RuleText urgent = RuleText.of("plan.review.URGENT");
        SessionPlan coded = new SessionPlan(null, null, "MEDICAL_MASSAGE_60", PlanStatus.NEEDS_REVIEW, 2, 1, null,
                List.of(urgent.english()), null, null, List.of(RuleText.of("plan.review.acceptedVersion", 1, urgent)), null);
        assertThat(coded.reviewReasons().get(0)).contains("URGENT");
        assertThat(words.reasons(coded)).containsExactly(new RuleWords.Shown("Accepted version 1: " + urgent.english(),
                null));
    }
}

package org.reliefdesk.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.screening.Flag;
import org.reliefdesk.screening.Modality;
import org.reliefdesk.screening.Restriction;
import org.reliefdesk.screening.RestrictionLevel;
import org.reliefdesk.screening.Screening;
import org.reliefdesk.screening.ScreeningStatus;

/** Every screening rule's words exist in English (the table) and Spanish (the bundle), never as a diagnosis. */
class RuleTextsTests {

    private static final RuleBook RULES = RuleBook.standard(IntakeForm.standard());
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private static Properties spanish() throws IOException {
        Properties p = new Properties();
        try (InputStream in = RuleTextsTests.class.getClassLoader()
                .getResourceAsStream(RuleTexts.BUNDLE + "_es.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyRuleHasItsClientTherapistAndRestrictionWordsInBothLanguages() throws IOException {
        Properties es = spanish();
        List<String> problems = new ArrayList<>();
        for (ScreeningRule rule : RULES.rules()) {
            List<String> parts = new ArrayList<>(List.of("client", "therapist"));
            if (!rule.restrictions().isEmpty()) {
                parts.add("restriction");
            }
            for (String part : parts) {
                String key = "rule." + rule.id() + "." + part;
                String text = es.getProperty(key);
                if (text == null || text.isBlank()) {
                    problems.add("missing " + key);
                } else if (text.toLowerCase(Locale.ROOT).contains("diagn")) {
                    problems.add(key + " speaks of a diagnosis");
                }
            }
        }
        for (String key : es.stringPropertyNames()) {
            if (key.startsWith("rule.") && RULES.rules().stream().noneMatch(r -> key.startsWith("rule." + r.id() + "."))) {
                problems.add(key + " names no rule");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aStoredScreeningReadsInSpanishWithMergedRestrictionReasonsAndCriteria() {
        ScreeningRule anticoagulants = rule("CI-ANTICOAGULANTS");
        Restriction merged = new Restriction(Modality.DEEP_PRESSURE, RestrictionLevel.AVOID, List.of(),
                "Blood thinners (bruising risk); bleeding disorder (bruising risk)");
        Screening stored = new Screening(UUID.randomUUID(), UUID.randomUUID(), 1, ScreeningStatus.CLEARED,
                List.of(anticoagulants.toFlag()), List.of(merged),
                new Screening.HeadachePattern("TENSION_TYPE_EPISODIC", List.of("pain on both sides", "no vomiting"),
                        false), new Screening.Midas(4, "I"), null);

        Screening es = new RuleTexts(RULES).in(stored, SPANISH);

        Flag flag = es.flags().get(0);
        assertThat(flag.code()).isEqualTo("ANTICOAGULANTS");
        assertThat(flag.message()).startsWith("Como toma medicinas para diluir la sangre");
        assertThat(flag.therapistReason()).startsWith("Anticoagulantes: sin presión profunda");
        assertThat(es.restrictions().get(0).reason())
                .isEqualTo("Anticoagulantes (riesgo de moretones); trastorno de la coagulación (riesgo de moretones)");
        assertThat(es.headachePattern().criteriaMet()).containsExactly("dolor en los dos lados", "sin vómitos");
        assertThat(new RuleTexts(RULES).in(stored, Locale.ENGLISH)).isSameAs(stored);
    }

    @Test
    void aTextTheTableNoLongerHasIsShownAsStored() {
        Flag old = new Flag("OLD_CODE", "CAUTION", "An older wording.", "Older reason.", "somewhere");
        assertThat(new RuleTexts(RULES).flag(old, SPANISH)).isEqualTo(old);
        assertThat(new RuleTexts(RULES).restriction("Something unknown", SPANISH)).isEqualTo("Something unknown");
    }

    private static ScreeningRule rule(String id) {
        return RULES.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}

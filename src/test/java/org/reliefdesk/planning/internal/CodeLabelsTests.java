package org.reliefdesk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.planning.internal.PlanFixtures.CATALOGUE;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.reliefdesk.charting.NoteCodes;
import org.reliefdesk.screening.Modality;
import org.reliefdesk.screening.RestrictionLevel;
import org.reliefdesk.screening.ScreeningStatus;
import org.springframework.core.io.ClassPathResource;

/** Every code the planning and charting pages show has a label, in English and in Spanish, that is not the code. */
class CodeLabelsTests {

    @Test
    void everyCatalogueAndEnumCodeHasAnEnglishAndASpanishLabel() throws IOException {
        List<String> keys = new ArrayList<>();
        CATALOGUE.techniques().forEach(t -> keys.addAll(List.of("code.Technique." + t.code(),
                "code.Technique." + t.code() + ".plain", "code.Technique." + t.code() + ".description")));
        CATALOGUE.areas().forEach(a -> keys.add("code.BodyArea." + a.code()));
        CATALOGUE.evidence().forEach(e -> keys.addAll(List.of("planning.evidence." + e.id() + ".finding",
                "planning.evidence." + e.id() + ".strength")));
        NoteCodes.TECHNIQUES.forEach(t -> keys.add("code.Technique." + t));
        NoteCodes.AREAS.forEach(a -> keys.add("code.BodyArea." + a));
        for (Phase phase : Phase.values()) {
            keys.add("code.Phase." + phase);
        }
        for (PlanStatus status : PlanStatus.values()) {
            keys.add("code.PlanStatus." + status);
        }
        for (ScreeningStatus status : ScreeningStatus.values()) {
            keys.add("code.ScreeningStatus." + status);
        }
        for (Modality modality : Modality.values()) {
            for (RestrictionLevel level : RestrictionLevel.values()) {
                keys.add("planning.restriction." + modality + "." + level);
            }
            keys.add("planning.care." + modality);
        }
        for (int pressure = 0; pressure <= 5; pressure++) {
            keys.add("code.Pressure." + pressure);
        }
        List.of("ONE_SIDE", "BOTH_SIDES", "BAND_AROUND_HEAD", "BACK_OF_HEAD_NECK", "BEHIND_EYE", "VARIES")
                .forEach(l -> keys.add("code.HeadacheLocation." + l));
        List.of("WANT", "NO_PREFERENCE", "DECLINE").forEach(p -> keys.add("code.Preference." + p));
        List.of("ADMIN", "THERAPIST", "FRONT_DESK", "CLIENT").forEach(r -> keys.add("planning.role." + r));

        Properties english = load("i18n/planning.properties");
        Properties spanish = load("i18n/planning_es.properties");
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            for (Properties bundle : List.of(english, spanish)) {
                String label = bundle.getProperty(key);
                if (label == null || label.isBlank() || label.equals(key.substring(key.lastIndexOf('.') + 1))) {
                    missing.add((bundle == english ? "en " : "es ") + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theCatalogueAndTheLabelsAgreeInEnglish() throws IOException {
        Properties english = load("i18n/planning.properties");
        CATALOGUE.techniques().forEach(t -> {
            assertThat(english.getProperty("code.Technique." + t.code())).isEqualTo(t.name());
            assertThat(english.getProperty("code.Technique." + t.code() + ".plain")).isEqualTo(t.plain());
        });
        CATALOGUE.areas().forEach(a -> assertThat(english.getProperty("code.BodyArea." + a.code())).isEqualTo(a.name()));
    }

    private static Properties load(String path) throws IOException {
        Properties bundle = new Properties();
        try (Reader in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        return bundle;
    }
}

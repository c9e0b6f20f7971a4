package org.reliefdesk.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.IntakeForm.Section;
import org.reliefdesk.intake.Question;

/** The intake form in Spanish: every text people read has its key, codes never change, MIDAS stays English. */
class FormTranslationTests {

    private static final IntakeForm FORM = IntakeForm.standard();
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    /** The keys the English form calls for (the MIDAS items excepted: never translated). */
    private static Set<String> expectedKeys() {
        Set<String> keys = new TreeSet<>();
        for (Section s : FORM.sections()) {
            keys.add("intake.section." + s.code() + ".title");
            if (s.intro() != null) {
                keys.add("intake.section." + s.code() + ".intro");
            }
            if (s.code().equals(FormTranslation.MIDAS)) {
                continue;
            }
            for (IntakeForm.Group g : s.groups()) {
                keys.add("intake.group." + g.code() + ".label");
                addIf(keys, g.help(), "intake.group." + g.code() + ".help");
                keys.add("intake.group." + g.code() + ".none");
                g.items().forEach(i -> keys.add("intake.item." + i.code()));
            }
            for (Question q : s.questions()) {
                String key = "intake.q." + q.code();
                keys.add(key + ".label");
                addIf(keys, q.help(), key + ".help");
                addIf(keys, q.askedWhenText(), key + ".askedWhen");
                addIf(keys, q.requiredWhenText(), key + ".requiredWhen");
                if (q.options() != null) {
                    q.options().forEach(o -> keys.add("intake.option." + q.code() + "." + o.value()));
                }
            }
        }
        return keys;
    }

    private static void addIf(Set<String> keys, String text, String key) {
        if (text != null) {
            keys.add(key);
        }
    }

    private static Properties spanish() throws IOException {
        Properties p = new Properties();
        try (InputStream in = FormTranslationTests.class.getClassLoader()
                .getResourceAsStream(FormTranslation.BUNDLE + "_es.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyTextOfTheFormHasASpanishKeyAndNoKeyNamesAnUnknownCode() throws IOException {
        Set<String> expected = expectedKeys();
        Set<String> present = spanish().stringPropertyNames();
        assertThat(new TreeSet<>(present)).as("Spanish keys of the intake form").isEqualTo(expected);
        assertThat(present.stream().filter(k -> spanish0(k).isBlank()).toList()).isEmpty();
    }

    private static String spanish0(String key) {
        try {
            return spanish().getProperty(key);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSpanishFormKeepsEveryCodeTypeAndRuleAndTranslatesTheWords() {
        IntakeForm es = new FormTranslation().in(FORM, SPANISH);
        assertThat(es.sections()).extracting(Section::code).isEqualTo(FORM.sections().stream().map(Section::code).toList());
        List<String> same = new ArrayList<>();
        for (Question english : FORM.questions()) {
            Question spanish = es.question(english.code()).orElseThrow();
            assertThat(spanish.type()).isEqualTo(english.type());
            assertThat(spanish.askedWhen()).isEqualTo(english.askedWhen());
            assertThat(spanish.required()).isEqualTo(english.required());
            if (english.options() != null) {
                assertThat(spanish.options()).extracting(Question.Option::value)
                        .isEqualTo(english.options().stream().map(Question.Option::value).toList());
            }
            if (spanish.label().equals(english.label())) {
                same.add(english.code());
            }
        }
        assertThat(same).as("questions still in English").containsExactly("midas.q1", "midas.q2", "midas.q3",
                "midas.q4", "midas.q5", "midas.a", "midas.b");
        assertThat(es.question("headache.aura").orElseThrow().label()).isEqualTo("¿Tiene aura?");
        assertThat(es.question("focus.areas").orElseThrow().describe(List.of("TEMPLES", "JAW"), "Sí", "No", "Ninguna"))
                .isEqualTo("Sienes, Mandíbula");
        IntakeForm.Group list = es.section("health").orElseThrow().groupOf("health.diabetes").orElseThrow();
        assertThat(list.codes()).isEqualTo(FORM.section("health").orElseThrow().groups().get(0).codes());
        assertThat(list.label()).isEqualTo("¿Alguno de estos puntos corresponde a su caso?");
        assertThat(list.noneLabel()).isEqualTo("Ninguno de estos");
        assertThat(list.items()).filteredOn(i -> i.code().equals("health.varicoseVeins"))
                .extracting(IntakeForm.Group.Item::label).containsExactly("Várices");
        assertThat(es.section("midas").orElseThrow().copyright()).isEqualTo("© Innovative Medical Research 1997");
    }

    @Test
    void englishAndUnsupportedLanguagesGetTheFormItself() {
        FormTranslation translation = new FormTranslation();
        assertThat(translation.in(FORM, Locale.ENGLISH)).isSameAs(FORM);
        assertThat(translation.in(FORM, Locale.US)).isSameAs(FORM);
        assertThat(translation.in(FORM, Locale.GERMAN).question("headache.aura").orElseThrow().label())
                .isEqualTo("Do you get an aura?");
    }
}

package org.reliefdesk.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The outcome in words, in English and Spanish: one row per case (rose, fell, unchanged, plurals, too little data). */
class OutcomeSentenceTests {

    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();
    static final LocalDate START = LocalDate.of(2026, 4, 1);

    static {
        MESSAGES.setBasenames("messages", "i18n/outcomes");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    /** Windows of 28 days: headache days and logged days before, then in the latest window. */
    @ParameterizedTest(name = "{0}/{1} then {2}/{3} in {4}")
    @CsvSource(delimiter = '|', textBlock = """
            11 | 28 | 3  | 28 | en | Headache days fell from 11 to 3 per 28 logged days.
            2  | 28 | 5  | 28 | en | Headache days rose from 2 to 5 per 28 logged days.
            0  | 28 | 3  | 28 | en | Headache days rose from 0 to 3 per 28 logged days.
            6  | 28 | 6  | 28 | en | Headache days stayed the same: 6 days per 28 logged days.
            1  | 28 | 1  | 28 | en | Headache days stayed the same: 1 day per 28 logged days.
            0  | 28 | 0  | 28 | en | No headache days before the course, and none since.
            10 | 20 | 7  | 28 | en | Headache days fell from 14 to 7 per 28 logged days.
            5  | 24 | 4  | 21 | en | Headache days fell from 5.8 to 5.3 per 28 logged days.
            7  | 21 | 9  | 27 | en | Headache days stayed the same: 9.3 days per 28 logged days.
            11 | 28 | 3  | 28 | es | Los días con dolor de cabeza bajaron de 11 a 3 por cada 28 días registrados.
            2  | 28 | 5  | 28 | es | Los días con dolor de cabeza subieron de 2 a 5 por cada 28 días registrados.
            5  | 24 | 4  | 21 | es | Los días con dolor de cabeza bajaron de 5,8 a 5,3 por cada 28 días registrados.
            1  | 28 | 1  | 28 | es | Los días con dolor de cabeza no cambiaron: 1 día por cada 28 días registrados.
            6  | 28 | 6  | 28 | es | Los días con dolor de cabeza no cambiaron: 6 días por cada 28 días registrados.
            0  | 28 | 0  | 28 | es | Ningún día con dolor de cabeza antes del tratamiento, y ninguno desde entonces.
            """)
    void saysWhichWayHeadacheDaysWent(int beforeHeadache, int beforeLogged, int nowHeadache, int nowLogged,
            String language, String expected) {
        Outcome outcome = compared(window(beforeHeadache, beforeLogged), window(nowHeadache, nowLogged), false);
        assertThat(say(OutcomeSentence.headacheDays(outcome), language)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} logged before, {1} since, in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0  | 28 | en | Not enough diary data before the course: no days logged, 20 needed.
            1  | 28 | en | Not enough diary data before the course: 1 day logged, 20 needed.
            12 | 28 | en | Not enough diary data before the course: 12 days logged, 20 needed.
            28 | 1  | en | Not enough diary data yet in the latest window: 1 day logged, 20 needed
            1  | 28 | es | No hay suficientes datos del diario antes del tratamiento: 1 día registrado, se necesitan 20.
            0  | 28 | es | No hay suficientes datos del diario antes del tratamiento: ningún día registrado, se necesitan 20.
            28 | 5  | es | Todavía no hay suficientes datos del diario en el período más reciente: 5 días registrados
            """)
    void saysWhyThereIsNoComparisonWithTooLittleData(int beforeLogged, int nowLogged, String language,
            String expected) {
        Outcome.Window before = window(0, beforeLogged);
        Outcome.Window now = window(0, nowLogged);
        Outcome outcome = compared(before, now, true);
        assertThat(say(OutcomeSentence.headacheDays(outcome), language)).isEqualTo(language.equals("en")
                ? "Not enough diary data yet for a comparison."
                : "Todavía no hay suficientes datos del diario para comparar.");
        String key = before.insufficientData() ? "outcomes.notEnough.baseline" : "outcomes.notEnough.current";
        Outcome.Window short_ = before.insufficientData() ? before : now;
        assertThat(MESSAGES.getMessage(key, new Object[] {short_.loggedDays(), short_.requiredLoggedDays()},
                Locale.forLanguageTag(language))).startsWith(expected);
    }

    @ParameterizedTest(name = "MIDAS {0} then {1} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            20 | 12 | en | Fell by 8 points, from 20 to 12 (a lower score means headaches get in the way less).
            12 | 11 | en | Fell by 1 point, from 12 to 11 (a lower score means headaches get in the way less).
            6  | 9  | en | Rose by 3 points, from 6 to 9 (a higher score means headaches get in the way more).
            9  | 9  | en | Unchanged at 9.
            12 | 11 | es | Bajó 1 punto, de 12 a 11 (un puntaje más bajo significa que los dolores de cabeza interfieren menos).
            """)
    void saysWhichWayMidasWent(int baseline, int latest, String language, String expected) {
        Outcome.Midas midas = new Outcome.Midas(baseline, MidasCheckIn.grade(baseline), latest,
                MidasCheckIn.grade(latest), START, latest - baseline);
        assertThat(say(OutcomeSentence.midas(midas), language)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void saysThereIsNoComparisonBeforeTheFirstSessionAndNoMidasChangeWithOneScore() {
        Outcome none = new Outcome(null, Outcome.NONE, 28, null, null, true, null, null, false, null,
                Outcome.Midas.NONE, "");
        assertThat(say(OutcomeSentence.headacheDays(none), "en"))
                .isEqualTo("No comparison yet: it starts after the first session attended.");
        assertThat(OutcomeSentence.midas(new Outcome.Midas(null, null, 8, "II", START, null))).isNull();
    }

    static String say(OutcomeSentence sentence, String language) {
        return MESSAGES.getMessage(sentence, Locale.forLanguageTag(language));
    }

    static Outcome.Window window(int headache, int logged) {
        return new Outcome.Window(START, START.plusDays(27), 28, logged, headache, logged - headache, null, 0, 20,
                logged < 20);
    }

    static Outcome compared(Outcome.Window before, Outcome.Window now, boolean insufficient) {
        return new Outcome(START, Outcome.GIVEN, 28, before, now, insufficient, null, null, false, null,
                Outcome.Midas.NONE, "");
    }
}

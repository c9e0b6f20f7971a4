package org.reliefdesk.screening;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.KeyboardIntake;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Benchmark (not part of verify: Surefire runs only classes named {@code *Tests}; run bench/intake-time.sh): the
 * intake's time for a person, estimated from a scripted run of the whole intake on a phone (390×844) in English
 * and in Spanish. The script answers every page (a client with episodic migraine, nothing else of note) and
 * measures what a person must read and enter; the model turns that into time:
 * reading every word the intake shows (title, help texts, questions, options, buttons; hidden questions not
 * counted) at the published mean reading rates of adults on the IReST texts, read aloud and so slower than
 * silent reading (Trauzettel-Klosinski and Dietz 2012: English 228, Spanish 218 words a minute); 3 s per choice
 * (a tap on an option); typing at the mean rate measured on phones (Palin et al. 2019: 36 words a minute of five
 * characters, 0.33 s per character). The number of text fields filled is printed too. Aim: at most 10 minutes.
 */
@IntegrationTest
class IntakeTimeBenchmark {

    static final List<String> ALL = List.of("about", "headache", "warning", "health", "focus", "midas", "consent");
    static final double ENGLISH_WORDS_PER_MINUTE = 228;
    static final double SPANISH_WORDS_PER_MINUTE = 218;
    static final double SECONDS_PER_CHOICE = 3;
    static final double SECONDS_PER_CHARACTER = 60.0 / (36 * 5);

    /** The words a person reads on the page: the intake's own text, as shown (innerText leaves hidden parts out). */
    private static final String WORDS = """
            const live = document.querySelector('section.intake');
            return live.innerText.replace(document.getElementById('save-status').innerText, '')
                .split(/\\s+/).filter(w => /[\\p{L}\\p{N}]/u.test(w)).length;
            """;

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void estimatesAPersonsTimeForTheWholeIntakeOnAPhone(String language) {
        String email = TestData.uniqueEmail("time-" + language);
        TestData.registerClient(Api.anonymous(port), email);
        Map<String, Object> intake = IntakeFixtures.with(IntakeFixtures.episodicMigraine(), "health.footProblems",
                List.of("NONE"));
        try (Browser browser = Browser.open(port, 390, 844, language)) {
            browser.signIn(email, TestData.PASSWORD);
            browser.go("/intake");
            KeyboardIntake person = new KeyboardIntake(browser);
            long words = 0;
            StringBuilder perPage = new StringBuilder();
            for (String section : ALL) {
                browser.find(By.cssSelector("form[action$='/intake/" + section + "']"));
                int before = person.choices();
                int typedBefore = person.typedCharacters();
                // answered first, so that questions an answer reveals are counted as read
                String url = browser.url();
                long pageWords = wordsAfterAnswering(browser, person, intake, section, url);
                words += pageWords;
                perPage.append(String.format(Locale.ROOT, "  %-9s %4d words, %2d choices, %3d characters%n", section,
                        pageWords, person.choices() - before, person.typedCharacters() - typedBefore));
            }
            browser.find(By.cssSelector("[data-testid=outcome]"));
            double reading = words / ("es".equals(language) ? SPANISH_WORDS_PER_MINUTE : ENGLISH_WORDS_PER_MINUTE) * 60;
            double choosing = person.choices() * SECONDS_PER_CHOICE;
            double typing = person.typedCharacters() * SECONDS_PER_CHARACTER;
            double minutes = (reading + choosing + typing) / 60;
            System.out.printf(Locale.ROOT, "intake time (%s, phone 390x844): %.1f minutes = reading %d words %.1f min"
                    + " + %d choices %.1f min + %d characters typed in %d fields %.1f min (aim <= 10)%n%s",
                    language, minutes, words, reading / 60, person.choices(), choosing / 60,
                    person.typedCharacters(), person.fields(), typing / 60, perPage);
        }
    }

    /** Answers the page with the keyboard, counting the page's words just before its button is pressed. */
    private static long wordsAfterAnswering(Browser browser, KeyboardIntake person, Map<String, Object> intake,
            String section, String url) {
        long[] words = {0};
        person.beforeLeaving(() -> words[0] = ((Number) ((JavascriptExecutor) browser.driver())
                .executeScript(WORDS)).longValue());
        person.answerPage(intake, section);
        return words[0];
    }
}

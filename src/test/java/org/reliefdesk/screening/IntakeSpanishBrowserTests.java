package org.reliefdesk.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.Axe;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.EnglishLeftovers;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.IntakePages;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The intake and its outcome read in Spanish, on a phone and on a desktop: every page in Spanish (no English
 * left but the MIDAS items, marked lang="en", with the note saying why), and no serious accessibility finding.
 */
@IntegrationTest
class IntakeSpanishBrowserTests {

    private static final List<String> ALL = List.of("about", "headache", "warning", "health", "focus", "midas",
            "consent");

    @LocalServerPort
    int port;

    private static Map<String, Object> answers(String code, Object value) {
        Map<String, Object> intake = IntakeFixtures.with(IntakeFixtures.episodicMigraine(), "health.footProblems",
                List.of("NONE"));
        return IntakeFixtures.with(intake, code, value);
    }

    @Test
    void aSpanishReaderOnAPhoneAnswersEveryPageInSpanishAndMayBook() {
        walkThrough(390, 844, answers("health.anticoagulants", true));
    }

    @Test
    void aSpanishReaderOnADesktopIsAskedToSeeTheirDoctorFirstInSpanish() {
        walkThrough(1280, 900, answers("warning.newOrChanged", true));
    }

    private void walkThrough(int width, int height, Map<String, Object> intake) {
        String email = TestData.uniqueEmail("es-intake");
        TestData.registerClient(Api.anonymous(port), email);
        try (Browser browser = Browser.open(port, width, height, "es")) {
            IntakePages pages = new IntakePages(browser);
            browser.signIn(email, TestData.PASSWORD);
            browser.go("/intake");
            assertThat(pages.step()).isEqualTo("Paso 1 de 7");
            for (String section : ALL) {
                browser.find(By.cssSelector("form[action$='/intake/" + section + "']"));
                pages.fill(intake, section);
                if (section.equals("midas")) {
                    assertThat(browser.find(By.cssSelector("[data-testid=midas-language]")).getText())
                            .contains("en inglés");
                    assertThat(browser.find(By.id("q-midas.q1")).getAttribute("lang")).isEqualTo("en");
                }
                assertThat(EnglishLeftovers.find(browser.driver())).as("English left on " + section).isEmpty();
                Axe.assertNoSeriousFindings(browser.driver());
                if (!section.equals("consent")) {
                    pages.next();
                }
            }
            pages.send();
            browser.find(By.cssSelector("[data-testid=outcome]"));
            assertThat(browser.text()).contains("Según las respuestas que envió el", "no un diagnóstico");
            assertThat(EnglishLeftovers.find(browser.driver())).as("English left on the outcome").isEmpty();
            Axe.assertNoSeriousFindings(browser.driver());
            pages.fullScreenshot("es-" + width + "-outcome");
        }
    }
}

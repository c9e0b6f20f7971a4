package org.reliefdesk.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.Axe;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.EnglishLeftovers;
import org.reliefdesk.support.IntakePages;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The health page's "tick any that apply" list in a real browser on a phone: an untouched list is a problem beside
 * the list, "None of these" and the items exclude each other, and the draft reopens with the ticks given; in
 * Spanish too, with no serious accessibility finding.
 */
@IntegrationTest
class IntakeHealthListBrowserTests {

    @LocalServerPort
    int port;

    private String newClient() {
        String email = TestData.uniqueEmail("health-list");
        TestData.registerClient(Api.anonymous(port), email);
        return email;
    }

    /** The health page's other questions, answered so that only the list is at stake. */
    private static void answerTheRest(Browser browser) {
        browser.click(By.cssSelector("label[for='health.hypertension-NONE']"));
        browser.click(By.cssSelector("label[for='health.neckConditions-NONE']"));
        browser.click(By.cssSelector("label[for='health.footProblems-NONE']"));
    }

    @Test
    void anUntouchedListIsAProblemNoneOfTheseStandsAloneAndTheTicksComeBack() {
        try (Browser browser = Browser.open(port, 390, 844)) {
            IntakePages pages = new IntakePages(browser);
            browser.signIn(newClient(), TestData.PASSWORD).waitForText("Welcome");
            browser.go("/intake/health");
            Axe.assertNoSeriousFindings(browser.driver());
            answerTheRest(browser);
            pages.next();

            WebElement summary = browser.find(By.id("error-summary"));
            assertThat(summary.getText()).contains("1 problem", "Please tick any that apply, or \"None of these\".");
            assertThat(summary.findElement(By.tagName("a")).getAttribute("href")).endsWith("#health.anticoagulants-true");
            assertThat(browser.find(By.id("health.conditions-error")).getText())
                    .isEqualTo("Please tick any that apply, or \"None of these\".");
            assertThat(browser.find(By.id("health.diabetes-true")).getAttribute("aria-describedby"))
                    .contains("health.conditions-error");
            assertThat(browser.find(By.id("health.hypertension-NONE")).isSelected()).as("the rest kept").isTrue();
            Axe.assertNoSeriousFindings(browser.driver());
            pages.fullScreenshot("phone-4-health-list-problem");

            WebElement diabetes = browser.find(By.id("health.diabetes-true"));
            WebElement none = browser.find(By.id("health.conditions-NONE"));
            browser.click(By.cssSelector("label[for='health.diabetes-true']"));
            browser.click(By.cssSelector("label[for='health.conditions-NONE']"));
            assertThat(diabetes.isSelected()).as("None of these unticks the items").isFalse();
            browser.click(By.cssSelector("label[for='health.diabetes-true']"));
            browser.click(By.cssSelector("label[for='health.varicoseVeins-true']"));
            assertThat(none.isSelected()).as("an item unticks None of these").isFalse();
            pages.next();
            assertThat(browser.url()).endsWith("/intake/focus");

            browser.go("/intake/health");
            assertThat(browser.find(By.id("health.diabetes-true")).isSelected()).isTrue();
            assertThat(browser.find(By.id("health.varicoseVeins-true")).isSelected()).isTrue();
            assertThat(browser.find(By.id("health.anticoagulants-true")).isSelected()).isFalse();
            assertThat(browser.find(By.id("health.conditions-NONE")).isSelected()).isFalse();

            browser.click(By.cssSelector("label[for='health.conditions-NONE']"));
            pages.next();
            browser.go("/intake/health");
            assertThat(browser.find(By.id("health.conditions-NONE")).isSelected()).as("reopens as None of these").isTrue();
            assertThat(browser.find(By.id("health.diabetes-true")).isSelected()).isFalse();
        }
    }

    @Test
    void readsInSpanishOnAPhone() {
        try (Browser browser = Browser.open(port, 390, 844, "es")) {
            IntakePages pages = new IntakePages(browser);
            browser.signIn(newClient(), TestData.PASSWORD);
            browser.go("/intake/health");
            answerTheRest(browser);
            pages.next();
            assertThat(browser.find(By.id("q-health.conditions")).getText()).contains(
                    "¿Alguno de estos puntos corresponde a su caso?", "Várices", "Ninguno de estos",
                    "Marque lo que corresponda, o «Ninguno de estos», por favor.");
            assertThat(EnglishLeftovers.find(browser.driver())).isEmpty();
            Axe.assertNoSeriousFindings(browser.driver());
            pages.fullScreenshot("es-390-health-list");
        }
    }
}

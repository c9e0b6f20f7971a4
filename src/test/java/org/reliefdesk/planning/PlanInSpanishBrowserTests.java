package org.reliefdesk.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.reliefdesk.support.Axe;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.EnglishLeftovers;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Spanish-reading client (as the demo's Lucía) reads the plan her therapist proposed: every "why" in Spanish and
 * marked as Spanish, no English word on the page, no serious accessibility finding; a therapist reading it on an
 * English page sees the same text marked as Spanish.
 */
@IntegrationTest
class PlanInSpanishBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aSpanishReadingClientReadsHerProposedPlanInSpanish() {
        PlanApiSupport s = new PlanApiSupport(port);
        s.client.put("/api/v1/clients/" + s.clientId, Map.of("preferredLanguage", "es"));
        s.submit(PlanApiSupport.with(PlanApiSupport.tensionType(), "focus.hotStones", "WANT"));
        String planId = s.proposed().get("id").asString();
        String clientEmail = s.client.get("/api/v1/clients/" + s.clientId).json().get("email").asString();
        String therapistEmail = TestData.createStaff(s.anonymous, "THERAPIST");

        try (Browser browser = Browser.open(port, 390, 844, "es")) {
            browser.signIn(clientEmail, TestData.PASSWORD);
            browser.go("/plan");
            browser.waitForText("Por qué:");

            List<WebElement> why = browser.driver().findElements(By.cssSelector(".plan-reading p > span[lang]"));
            assertThat(why).isNotEmpty().allSatisfy(w -> {
                assertThat(w.getAttribute("lang")).isEqualTo("es");
                assertThat(EnglishLeftovers.inText(w.getText())).as(w.getText()).isEmpty();
            });
            assertThat(why.get(0).getText()).startsWith("Antes de cualquier trabajo manual");
            assertThat(browser.text()).contains("Usted pidió piedras calientes", "Su plan de sesión");
            EnglishLeftovers.assertNone(browser.driver());
            Axe.assertNoSeriousFindings(browser.driver());
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            Axe.assertNoSeriousFindings(browser.driver());
        }
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.signIn(therapistEmail, TestData.PASSWORD);
            browser.go("/plans/" + planId);
            browser.waitForText("Why:");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(browser.find(By.cssSelector(".plan-reading p > span[lang]")).getAttribute("lang"))
                    .isEqualTo("es");
        }
    }
}

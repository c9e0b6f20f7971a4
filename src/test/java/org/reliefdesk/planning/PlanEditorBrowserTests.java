package org.reliefdesk.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reliefdesk.support.Axe;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.EnglishLeftovers;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.PastSessions;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan editor as the hour it plans, by keyboard only: rows move with their Up and Down buttons (announced), the
 * timeline's total follows the minutes, Enter saves through the one save button. Then the editor, the client's plan
 * and the note page read in Spanish: no serious axe-core finding at phone and desktop size and no English left.
 */
@IntegrationTest
class PlanEditorBrowserTests {

    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension DESKTOP = new Dimension(1280, 900);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTherapistReordersByKeyboardWatchesTheHourAndSavesOnce() {
        PlanApiSupport s = new PlanApiSupport(port);
        s.submit(PlanApiSupport.tensionType());
        String planId = s.proposed().get("id").asString();
        String therapist = TestData.createStaff(s.anonymous, "THERAPIST");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(therapist, TestData.PASSWORD).go("/plans/" + planId + "/edit");
            WebDriver driver = browser.driver();
            assertThat(driver.findElements(By.cssSelector("#plan-editor button[value=save]"))).as("one save button")
                    .hasSize(1);
            assertThat(browser.find(By.id("plan-total")).getText()).isEqualTo("60");
            int segments = driver.findElements(By.cssSelector("#plan-timeline > li")).size();
            assertThat(segments).isEqualTo(driver.findElements(By.cssSelector("#plan-blocks > li")).size());
            assertThat(browser.text()).doesNotContain("WARM_UP", "UPPER_BACK", "KNEADING");

            String moved = technique(browser, 1) + " / " + area(browser, 1);
            ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", browser.find(By.name("blocks[1].minutes")));
            tabTo(driver, "down").sendKeys(Keys.ENTER);
            assertThat(technique(browser, 2) + " / " + area(browser, 2)).as("moved down").isEqualTo(moved);
            WebElement focused = driver.switchTo().activeElement();
            assertThat(focused.getAttribute("data-op")).isEqualTo("down");
            assertThat(focused.getAttribute("value")).isEqualTo("down:2");
            waitUntil(driver, d -> d.findElement(By.id("plan-announce")).getText().startsWith("Block moved to position 3"));
            focused.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            assertThat(technique(browser, 1) + " / " + area(browser, 1)).as("moved back up").isEqualTo(moved);
            tabTo(driver, "down").sendKeys(Keys.SPACE);
            assertThat(technique(browser, 2) + " / " + area(browser, 2)).isEqualTo(moved);

            int minutes = Integer.parseInt(browser.find(By.name("blocks[1].minutes")).getAttribute("value"));
            browser.type("blocks[1].minutes", String.valueOf(minutes - 3));
            assertThat(browser.find(By.id("plan-total")).getText()).as("total follows").isEqualTo("57");
            assertThat(browser.find(By.id("plan-gap")).getText()).isEqualTo("3 min not planned");
            assertThat(driver.findElements(By.cssSelector("#plan-timeline > li.free"))).hasSize(1);
            browser.type("blocks[1].minutes", String.valueOf(minutes));
            assertThat(browser.find(By.id("plan-total")).getText()).isEqualTo("60");
            assertThat(driver.findElements(By.cssSelector("#plan-timeline > li.free"))).isEmpty();

            Axe.assertNoSeriousFindings(driver);
            driver.manage().window().setSize(PHONE);
            Axe.assertNoSeriousFindings(driver);

            browser.find(By.name("blocks[1].minutes")).sendKeys(Keys.ENTER);
            browser.waitForText("Saved as version 2.");
            assertThat(technique(browser, 2) + " / " + area(browser, 2)).as("the saved order").isEqualTo(moved);
        }
    }

    @Test
    void theEditorTheClientsPlanAndTheNoteReadInSpanish() {
        PlanApiSupport s = new PlanApiSupport(port);
        s.submit(PlanApiSupport.tensionType());
        String planId = s.proposed().get("id").asString();
        String therapist = TestData.createStaff(s.anonymous, "THERAPIST");
        String booking = PastSessions.with(jdbc, s.clientId, LocalDate.now().minusDays(1), "COMPLETED", therapist)
                .toString();
        String clientEmail = s.client.get("/api/v1/clients/" + s.clientId).json().get("email").asString();
        try (Browser browser = Browser.open(port, 1280, 900, "es")) {
            browser.signIn(therapist, TestData.PASSWORD);
            for (String page : List.of("/plans/" + planId + "/edit", "/clients/" + s.clientId + "/plans",
                    "/bookings/" + booking + "/note")) {
                checkBothSizes(browser, page);
            }
            assertThat(browser.go("/plans/" + planId + "/edit").text()).contains("Guardar como versión 2", "Calentamiento");
        }
        try (Browser browser = Browser.open(port, 1280, 900, "es")) {
            browser.signIn(clientEmail, TestData.PASSWORD);
            checkBothSizes(browser, "/plans/" + planId);
            assertThat(browser.text()).contains("Su plan de sesión", "Con qué firmeza", "Aceptar el plan")
                    .doesNotContain("CAUTION", "TRIGGER_POINT", "UPPER_BACK");
        }
    }

    /**
     * A plan under review after a new intake (osteoporosis, blood thinners): the review reasons, the screening's
     * restrictions and a block's error after saving read wholly in Spanish, with no English text marked as such.
     */
    @Test
    void reviewReasonsRestrictionsAndBlockErrorsReadInSpanish() {
        PlanApiSupport s = new PlanApiSupport(port);
        Map<String, Object> neck = PlanApiSupport.with(PlanApiSupport.tensionType(), "focus.areas",
                List.of("NECK_BACK", "SHOULDERS"));
        s.submit(neck);
        String planId = s.proposed().get("id").asString();
        s.submit(PlanApiSupport.with(PlanApiSupport.with(neck, "health.osteoporosis", true), "health.anticoagulants",
                true));
        String therapist = TestData.createStaff(s.anonymous, "THERAPIST");
        try (Browser browser = Browser.open(port, 1280, 900, "es")) {
            browser.signIn(therapist, TestData.PASSWORD).go("/plans/" + planId + "/edit");
            assertThat(browser.find(By.cssSelector("[data-testid=review-reasons]")).getText())
                    .contains("Bloque", "EVITAR trabajo profundo en el cuello", "Huesos frágiles");
            assertThat(browser.find(By.cssSelector(".plan-restrictions")).getText())
                    .contains("nticoagulantes (riesgo de moretones)");
            new Select(browser.find(By.name("blocks[1].pressure"))).selectByValue("5");
            browser.clickToLoad(By.cssSelector("#plan-editor button[value=save]"));
            WebElement error = browser.find(By.cssSelector("#block-1 .field-error"));
            assertThat(error.getText()).startsWith("Bloque 2 (").contains("la presión 5 supera 2: EVITAR presión profunda");
            WebDriver driver = browser.driver();
            // The rationales were written for this English-reading client and are marked with the plan's language;
            // nothing else is left marked English.
            assertThat(driver.findElements(By.cssSelector("main [lang=en]:not(textarea[data-field=rationale])")))
                    .as("nothing but the plan's own texts marked English").isEmpty();
            for (Dimension size : List.of(DESKTOP, PHONE)) {
                driver.manage().window().setSize(size);
                Axe.assertNoSeriousFindings(driver);
                EnglishLeftovers.assertNone(driver);
            }
        }
    }

    private static void checkBothSizes(Browser browser, String page) {
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            browser.driver().manage().window().setSize(size);
            browser.go(page);
            browser.find(By.tagName("main"));
            Axe.assertNoSeriousFindings(browser.driver());
            EnglishLeftovers.assertNone(browser.driver());
        }
    }

    /** Presses Tab until the focused element is a block's button of this kind (keyboard only, no mouse). */
    private static WebElement tabTo(WebDriver driver, String op) {
        for (int i = 0; i < 12; i++) {
            WebElement active = driver.switchTo().activeElement();
            if (op.equals(active.getAttribute("data-op"))) {
                return active;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("no " + op + " button reached by Tab");
    }

    private static String technique(Browser browser, int index) {
        return new Select(browser.find(By.name("blocks[" + index + "].technique"))).getFirstSelectedOption().getText();
    }

    private static String area(Browser browser, int index) {
        return new Select(browser.find(By.name("blocks[" + index + "].area"))).getFirstSelectedOption().getText();
    }

    private static void waitUntil(WebDriver driver, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, java.time.Duration.ofSeconds(5)).until(condition);
    }
}

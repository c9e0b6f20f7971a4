package org.reliefdesk.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.Axe;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.EnglishLeftovers;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.PastSessions;
import org.reliefdesk.support.TestData;
import org.reliefdesk.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The diary and outcome pages in a real browser: today logged with the keyboard alone, and every page, for the
 * client and for their therapist, read in Spanish at phone and desktop size with no serious axe-core finding and no
 * English left over.
 */
@IntegrationTest
class DiaryAndOutcomesBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now();

    @Test
    void aClientLogsTodaysHeadacheWithTheKeyboardAlone() {
        String email = TestData.uniqueEmail("keys");
        TestData.registerClient(Api.anonymous(port), email);
        try (Browser phone = Browser.open(port, 390, 844)) {
            phone.signIn(email, TestData.PASSWORD);
            phone.waitForText("Sign out");
            phone.go("/diary");
            WebDriver driver = phone.driver();
            tabTo(driver, "input[name=peakIntensity]");
            for (int i = 0; i < 6; i++) {
                driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
            }
            tabTo(driver, "#durationHours");
            driver.switchTo().activeElement().sendKeys("2.5");
            tabTo(driver, "input[name=acuteMedication][value=NSAID]");
            driver.switchTo().activeElement().sendKeys(Keys.SPACE);
            tabTo(driver, "[data-testid=save-headache]");
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            phone.waitForText("Saved:");
            assertThat(phone.text()).contains("Logged today: a headache, worst pain 6 of 10.");
        }
        assertThat(jdbc.sql("select count(*) from diary_entry e join client c on c.id = e.client_id "
                + "join app_user u on u.id = c.user_id where lower(u.email) = lower(:e) and e.entry_date = :d "
                + "and e.peak_intensity = 6").param("e", email).param("d", today).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theDiaryAndOutcomePagesReadInSpanishWithoutBarriers() {
        String email = TestData.uniqueEmail("es-diary");
        String clientId = TestData.registerClient(Api.anonymous(port), email);
        String therapist = TestData.createStaff(Api.anonymous(port), "THERAPIST");
        PastSessions.with(jdbc, clientId, today.minusDays(21), "COMPLETED", therapist);
        backfill(clientId, email);
        List<String> findings = new ArrayList<>();
        for (int[] size : new int[][] {{390, 844}, {1280, 900}}) {
            try (Browser client = Browser.open(port, size[0], size[1], "es")) {
                client.signIn(email, TestData.PASSWORD);
                for (String page : List.of("/diary", "/diary/day/" + today.minusDays(2), "/diary/reminder",
                        "/outcomes", "/outcomes/midas")) {
                    findings.addAll(check(client, page, size[0]));
                }
                assertThat(client.go("/outcomes").text()).contains("Los días con dolor de cabeza bajaron de",
                        "un registro de su diario");
            }
            try (Browser staff = Browser.open(port, size[0], size[1], "es")) {
                staff.signIn(therapist, TestData.PASSWORD);
                for (String page : List.of("/clients/" + clientId + "/outcomes", "/clients/" + clientId + "/diary")) {
                    findings.addAll(check(staff, page, size[0]));
                }
                assertThat(staff.go("/clients/" + clientId + "/outcomes").text())
                        .contains("un registro del diario del cliente").doesNotContain("su diario");
            }
        }
        assertThat(findings).isEmpty();
    }

    private static List<String> check(Browser browser, String page, int width) {
        browser.go(page);
        browser.find(By.tagName("h1"));
        List<String> found = new ArrayList<>();
        Axe.seriousFindings(browser.driver()).forEach(f -> found.add(width + " " + page + " axe: " + f));
        EnglishLeftovers.find(browser.driver()).forEach(f -> found.add(width + " " + page + " English: " + f));
        return found;
    }

    /** Presses Tab until the focused element matches {@code css} (at most 80 presses). */
    private static void tabTo(WebDriver driver, String css) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (int i = 0; i < 80; i++) {
            if (Boolean.TRUE.equals(js.executeScript("return document.activeElement.matches(arguments[0])", css))) {
                return;
            }
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + css);
    }

    /** Before the course: 28 days with a headache every other day; since: every fourth day, up to yesterday. */
    private void backfill(String clientId, String email) {
        Api client = Tokens.bearer(port, email);
        LocalDate start = today.minusDays(21);
        for (int i = 1; i <= 28; i++) {
            put(client, clientId, start.minusDays(i), i % 2 == 0);
        }
        for (LocalDate day = start; day.isBefore(today); day = day.plusDays(1)) {
            put(client, clientId, day, day.toEpochDay() % 4 == 0);
        }
        client.post("/api/v1/clients/" + clientId + "/midas",
                Map.of("q1", 2, "q2", 3, "q3", 1, "q4", 2, "q5", 1, "a", 20, "b", 6));
    }

    private static void put(Api client, String clientId, LocalDate day, boolean headache) {
        client.put("/api/v1/clients/" + clientId + "/diary/" + day, headache
                ? Map.of("headache", true, "peakIntensity", 6, "durationHours", 4, "acuteMedication", List.of("NSAID"),
                        "triggers", List.of("STRESS"))
                : Map.of("headache", false));
    }
}

package org.reliefdesk.scheduling.holds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.IntakePages;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A new client holds a time from the public page, registers, completes the intake and sees it confirmed. */
@IntegrationTest
class HoldBrowserTests {

    static final LocalDate DAY = LocalDate.now(ZoneId.of("America/New_York")).plusDays(6);

    @LocalServerPort
    int port;

    @Test
    void aNewClientHoldsATimeCompletesTheIntakeAndSeesTheBookingConfirmed() {
        String location = Scheduling.location(port, "America/New_York", 1, 0, 15).get("id").asString();
        Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), DAY.plusYears(1), "09:00", "17:00");
        String email = TestData.uniqueEmail("online");
        Map<String, Object> intake = IntakeFixtures.with(IntakeFixtures.episodicMigraine(), "health.footProblems",
                List.of("NONE"));
        try (Browser browser = Browser.open(port)) {
            browser.go("/book-online?location=" + location + "&service=MEDICAL_MASSAGE_60&day=" + DAY);
            browser.waitForText("3. Choose a time");
            browser.click(By.cssSelector("[data-testid=public-times] button"));
            browser.waitForText("Hold your time");
            assertThat(browser.text()).contains("You chose").contains("9:00 AM");
            browser.click(By.cssSelector("[data-testid=register]"));
            browser.type("fullName", "Online Olivia").type("email", email).type("password", TestData.PASSWORD);
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.querySelector('[name=dateOfBirth]').value = '1985-06-15'");
            browser.click(By.cssSelector("main form button[type=submit]"));
            browser.waitForText("Sign in");
            browser.signIn(email, TestData.PASSWORD);
            browser.waitForText("We are holding");
            assertThat(browser.text()).contains("for you until");
            browser.click(By.cssSelector("[data-testid=to-intake]"));
            browser.waitForText("We are holding");
            assertThat(browser.driver().findElement(By.cssSelector("[data-testid=hold-banner]")).getText())
                    .contains("9:00 AM");
            new IntakePages(browser).fillThrough(intake, List.of("about", "headache", "warning", "health", "focus",
                    "midas", "consent")).send();
            browser.waitForText("Your booking is confirmed");
            assertThat(browser.text()).contains("9:00 AM");
        }
    }
}

package org.reliefdesk.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.KeyboardIntake;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole intake with the keyboard only (no mouse click anywhere): sign in, seven pages, send, outcome. */
@IntegrationTest
class IntakeKeyboardBrowserTests {

    private static final List<String> ALL = List.of("about", "headache", "warning", "health", "focus", "midas",
            "consent");

    @LocalServerPort
    int port;

    @Test
    void aClientAnswersTheWholeIntakeWithTheKeyboardOnly() {
        String email = TestData.uniqueEmail("keyboard");
        TestData.registerClient(Api.anonymous(port), email);
        Map<String, Object> intake = IntakeFixtures.with(IntakeFixtures.episodicMigraine(), "health.footProblems",
                List.of("NONE"));
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.find(By.name("email")).sendKeys(email, Keys.TAB, TestData.PASSWORD, Keys.ENTER);
            browser.waitForText("Welcome");
            browser.go("/intake");
            KeyboardIntake keyboard = new KeyboardIntake(browser);
            for (String section : ALL) {
                assertThat(browser.url()).endsWith("/intake/" + section);
                keyboard.answerPage(intake, section);
            }
            browser.waitForText("You can book your session");
            assertThat(browser.text()).contains("MIDAS score: 11");
            assertThat(keyboard.choices()).as("choices made with the keyboard (the health list: one tick)")
                    .isGreaterThanOrEqualTo(40);
        }
    }
}

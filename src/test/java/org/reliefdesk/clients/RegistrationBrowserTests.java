package org.reliefdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class RegistrationBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aNewClientRegistersSignsInAndSeesTheirHomePage() {
        String email = TestData.uniqueEmail("browser");
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.go("/register").type("fullName", "Robin Reader").type("email", email)
                    .type("password", "short");
            browser.find(By.name("dateOfBirth")).sendKeys("03152001");
            browser.click(By.cssSelector("main form button[type=submit]"));
            assertThat(browser.text()).contains("at least 10 characters");
            assertThat(browser.find(By.name("fullName")).getAttribute("value")).isEqualTo("Robin Reader");

            browser.type("password", "a-long-browser-password");
            browser.click(By.cssSelector("main form button[type=submit]"));
            browser.waitForText("Your account is ready");

            browser.signIn(email, "a-long-browser-password");
            browser.waitForText("Welcome, Robin Reader");
            assertThat(browser.text()).contains("Start your intake", "Your next session", "Log today in your diary");
        }
    }
}

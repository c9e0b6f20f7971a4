package org.reliefdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import java.util.List;

import org.reliefdesk.support.Api;
import org.reliefdesk.support.Axe;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class WebShellBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void adminAddsFrontDeskWhoAddsAndFindsAClient() {
        String desk = TestData.uniqueEmail("desk");
        String clientEmail = TestData.uniqueEmail("walkin");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(TestData.ADMIN_EMAIL, TestData.PASSWORD).waitForText("Practice setup");
            browser.go("/admin").type("staff.fullName", "Dana Desk").type("staff.email", desk).type("staff.password", "tiny");
            new Select(browser.find(By.name("staff.role"))).selectByValue("FRONT_DESK");
            browser.click(By.xpath("//button[text()='Add staff account']"));
            assertThat(browser.text()).contains("at least 10 characters");
            assertThat(browser.find(By.id("staff.fullName")).getAttribute("value")).isEqualTo("Dana Desk");
            browser.type("staff.password", TestData.PASSWORD);
            new Select(browser.find(By.name("staff.role"))).selectByValue("FRONT_DESK");
            browser.click(By.xpath("//button[text()='Add staff account']"));
            browser.waitForText("Dana Desk can now sign in");
            browser.click(By.cssSelector("header nav form button"));

            browser.signIn(desk, TestData.PASSWORD).waitForText("Schedule");
            browser.go("/clients").click(By.linkText("New client"));
            browser.type("fullName", "Walk In").type("email", clientEmail).type("phone", "call me");
            browser.find(By.name("dateOfBirth")).sendKeys("07041975");
            browser.click(By.cssSelector("[data-testid=create-client]"));
            assertThat(browser.text()).contains("must be a phone number");
            browser.type("phone", "207 555 0142").click(By.cssSelector("[data-testid=create-client]"));
            browser.waitForText("Invitation sent to " + clientEmail);
            assertThat(browser.text()).contains("No intake yet", "Book a time");
            browser.go("/clients?query=2075550142");
            assertThat(browser.text()).contains("Walk In", clientEmail, "207 555 0142", "Jul 4, 1975");
        }
    }

    @Test
    void errorPagesAreFriendlyAndRoleChecked() {
        String client = TestData.uniqueEmail("plain");
        TestData.registerClient(Api.anonymous(port), client);
        try (Browser browser = Browser.open(port, 320, 700)) {
            browser.signIn(client, TestData.PASSWORD).waitForText("Welcome");
            browser.go("/admin");
            assertThat(browser.text()).contains("You may not see this page").doesNotContain("Exception");
            browser.go("/no/such/page");
            assertThat(browser.text()).contains("We could not find that page");
            browser.go("/clients/00000000-0000-0000-0000-000000000000");
            assertThat(browser.text()).contains("We could not find that page");
            browser.go("/clients");
            assertThat(browser.text()).contains("You may not see this page");
        }
    }

    /** Refused by security (before any controller), unknown address, unknown id, refused by a controller. */
    @Test
    void errorPagesKeepTheSignedInPersonsNavigation() {
        String client = TestData.uniqueEmail("lost");
        TestData.registerClient(Api.anonymous(port), client);
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn(client, TestData.PASSWORD).waitForText("Welcome");
            for (String path : List.of("/admin", "/no/such/page", "/clients/00000000-0000-0000-0000-000000000000",
                    "/clients")) {
                browser.go(path);
                assertThat(browser.find(By.cssSelector("[data-error-status]")).getAttribute("data-error-status"))
                        .as(path).isIn("403", "404");
                assertThat(browser.find(By.cssSelector("header nav[aria-label=Main]")).getText()).as(path)
                        .contains("My sessions", "Diary", "My profile", "Sign out");
                assertThat(browser.find(By.cssSelector("header form.language input[name=back]"))
                        .getAttribute("value")).as(path).isEqualTo(path);
                Axe.assertNoSeriousFindings(browser.driver());
            }
        }
    }
}

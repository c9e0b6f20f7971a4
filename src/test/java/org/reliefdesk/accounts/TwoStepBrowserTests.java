package org.reliefdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Page sign-in with two-step verification, its set-up when the practice requires it, and deactivation. */
@IntegrationTest
class TwoStepBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aClientWithTwoStepOnGivesTheCodeAfterThePassword() {
        Api api = Api.anonymous(port);
        String email = TestData.uniqueEmail("code-browser");
        TestData.registerClient(api, email);
        String secret = TwoStepTests.switchOn(api, email).get("secret").asString();
        try (Browser browser = Browser.open(port)) {
            browser.signIn(email, TestData.PASSWORD);
            browser.waitForText("Enter the 6-digit code");
            browser.go("/diary");
            assertThat(browser.url()).endsWith("/login/code");
            browser.type("code", "000000").click(By.cssSelector("main form button[type=submit]"));
            browser.waitForText("That code is not right");
            browser.type("code", TwoStepTests.codeFor(secret)).click(By.cssSelector("main form button[type=submit]"));
            browser.waitForText("Welcome, Test Client");
        }
    }

    @Test
    void staffSetUpTwoStepAtSignInWhenThePracticeRequiresIt() {
        Api api = Api.anonymous(port);
        Api admin = api.as(TestData.ADMIN_EMAIL, TestData.PASSWORD);
        String therapist = TestData.createStaff(api, "THERAPIST");
        String name = admin.get("/api/v1/practice").json().get("name").asString();
        admin.put("/api/v1/practice", Map.of("name", name, "requireTwoStepForStaff", true));
        try (Browser browser = Browser.open(port)) {
            browser.signIn(therapist, TestData.PASSWORD);
            browser.waitForText("requires two-step verification");
            browser.go("/clients");
            assertThat(browser.url()).endsWith("/profile/two-step");
            browser.click(By.cssSelector("main form button[type=submit]"));
            String secret = browser.find(By.id("secret")).getText();
            assertThat(browser.driver().findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
            browser.type("code", TwoStepTests.codeFor(secret)).click(By.cssSelector("main form button[type=submit]"));
            browser.waitForText("Two-step verification is on");
            browser.go("/clients");
            assertThat(browser.url()).endsWith("/clients");
        } finally {
            admin.put("/api/v1/practice", Map.of("name", name, "requireTwoStepForStaff", false));
        }
    }

    @Test
    void aDeactivatedStaffMemberIsToldSoAtSignIn() {
        Api api = Api.anonymous(port);
        Api admin = api.as(TestData.ADMIN_EMAIL, TestData.PASSWORD);
        String desk = TestData.createStaff(api, "FRONT_DESK");
        String id = api.as(desk, TestData.PASSWORD).get("/api/v1/me").json().get("id").asString();
        try (Browser browser = Browser.open(port)) {
            browser.signIn(TestData.ADMIN_EMAIL, TestData.PASSWORD);
            browser.go("/admin");
            browser.click(By.cssSelector("tr[data-email='" + desk + "'] button.secondary"));
            browser.waitForText("is deactivated");
            assertThat(admin.get("/api/v1/staff/" + id).json().get("active").asBoolean()).isFalse();
        }
        try (Browser browser = Browser.open(port)) {
            browser.signIn(desk, TestData.PASSWORD);
            browser.waitForText("This account has been deactivated");
        }
    }

    @Test
    void changingThePasswordOnTheProfilePageKeepsThisSession() {
        Api api = Api.anonymous(port);
        String email = TestData.uniqueEmail("page-change");
        TestData.registerClient(api, email);
        try (Browser browser = Browser.open(port)) {
            browser.signIn(email, TestData.PASSWORD);
            browser.go("/profile").type("currentPassword", TestData.PASSWORD).type("newPassword", "Summer2024!");
            browser.click(By.xpath("//form[contains(@action,'/profile/password')]//button"));
            browser.waitForText("too easy to guess");
            browser.type("currentPassword", TestData.PASSWORD).type("newPassword", "cobalt-meadow-fiddle-88");
            browser.click(By.xpath("//form[contains(@action,'/profile/password')]//button"));
            browser.waitForText("Your password is changed");
            browser.go("/diary");
            assertThat(browser.url()).endsWith("/diary");
        }
        assertThat(api.as(email, "cobalt-meadow-fiddle-88").get("/api/v1/me").status()).isEqualTo(200);
    }
}

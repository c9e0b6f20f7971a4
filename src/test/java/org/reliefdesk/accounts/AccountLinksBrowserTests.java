package org.reliefdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Mailbox;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The emailed links followed in a real browser: the form posts the token once and the password works. */
@IntegrationTest
class AccountLinksBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anInvitedClientFollowsTheEmailedLinkSetsAPasswordAndSignsIn() {
        Api api = Api.anonymous(port);
        String desk = TestData.createStaff(api, "FRONT_DESK");
        String email = TestData.uniqueEmail("invited-browser");
        assertThat(api.as(desk, TestData.PASSWORD).post("/api/v1/clients",
                Map.of("email", email, "fullName", "Iris Invited", "dateOfBirth", "1981-04-05")).status()).isEqualTo(201);
        String token = Mailbox.token(Mailbox.await(email, 1).get(0), "/invitation");
        try (Browser browser = Browser.open(port)) {
            browser.go("/invitation?token=" + token).type("password", "Summer2024!");
            browser.click(By.cssSelector("main form button[type=submit]"));
            browser.waitForText("too easy to guess");
            browser.type("password", "quiet-harbour-lantern-42");
            browser.click(By.cssSelector("main form button[type=submit]"));
            browser.waitForText("Your password is saved");
            browser.signIn(email, "quiet-harbour-lantern-42");
            browser.waitForText("Welcome, Iris Invited");
        }
    }

    @Test
    void aClientAsksForAResetLinkInTheBrowserAndSignsInWithTheNewPassword() {
        Api api = Api.anonymous(port);
        String email = TestData.uniqueEmail("reset-browser");
        TestData.registerClient(api, email);
        try (Browser browser = Browser.open(port)) {
            browser.go("/login").click(By.linkText("Forgot your password?")).type("email", email);
            browser.click(By.cssSelector("main form button[type=submit]"));
            browser.waitForText("we have emailed it a link");
            String token = Mailbox.token(Mailbox.await(email, 1).get(0), "/password/reset");
            browser.go("/password/reset?token=" + token).type("password", "cobalt-meadow-fiddle-88");
            browser.click(By.cssSelector("main form button[type=submit]"));
            browser.waitForText("Your password is saved");
            browser.signIn(email, "cobalt-meadow-fiddle-88");
            browser.waitForText("Welcome, Test Client");

            browser.go("/password/reset?token=" + token).type("password", "another-fine-lantern-77");
            browser.click(By.cssSelector("main form button[type=submit]"));
            browser.waitForText("expired or was already used");
        }
    }
}

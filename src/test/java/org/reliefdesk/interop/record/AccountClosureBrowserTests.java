package org.reliefdesk.interop.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client sees who has read their record, closes their account (after confirming) and can no longer sign in; the
 * front desk then sees "Account closed" instead of a way to book.
 */
@IntegrationTest
class AccountClosureBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aClientSeesWhoReadTheirRecordClosesTheirAccountAndCanNoLongerSignIn() {
        String[] client = Scheduling.clearedClient(port);
        String therapist = TestData.createStaff(Api.anonymous(port), "THERAPIST");
        Api.anonymous(port).as(therapist, TestData.PASSWORD).get("/api/v1/clients/" + client[1] + "/intakes");
        String desk = TestData.createStaff(Api.anonymous(port), "FRONT_DESK");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(client[0], TestData.PASSWORD).go("/profile");
            browser.click(By.cssSelector("[data-testid=access-log-link]"));
            browser.waitForText("Who has seen my record");
            String log = browser.find(By.cssSelector("[data-testid=access-log]")).getText();
            assertThat(log).contains("Staff THERAPIST").contains("Therapist").contains("Read your intakes")
                    .contains(String.valueOf(LocalDate.now().getYear()));

            browser.go("/profile").click(By.cssSelector("[data-testid=close-account-link]"));
            browser.waitForText("as the law requires");
            browser.type("reason", "Moving abroad").click(By.cssSelector("[data-testid=close-account]"));
            browser.waitForText("Please tick this box to confirm.");
            browser.click(By.id("confirm")).click(By.cssSelector("[data-testid=close-account]"));
            browser.waitForText("Your account is closed.");

            browser.go("/login").type("email", client[0]).type("password", TestData.PASSWORD)
                    .click(By.cssSelector("main form button[type=submit]"));
            browser.waitForText("Please contact the practice");
            assertThat(browser.url()).contains("/login");
        }
        try (Browser browser = Browser.open(port)) {
            browser.signIn(desk, TestData.PASSWORD).go("/clients/" + client[1] + "/quick");
            browser.waitForText("Account closed");
            assertThat(browser.driver().findElements(By.cssSelector("[data-testid=book-a-time]"))).isEmpty();
            browser.go("/clients?query=" + client[0]);
            browser.waitForText("Account closed");
        }
    }
}

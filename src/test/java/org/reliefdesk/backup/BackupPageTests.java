package org.reliefdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The admin page lists the backups and "Back up now" takes one; nobody else sees the page. */
@IntegrationTest
class BackupPageTests {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorBacksUpNowAndSeesItListed() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(TestData.ADMIN_EMAIL, TestData.PASSWORD).go("/admin/backups");
            assertThat(browser.text()).contains("Backups", "Nightly backups are off", "Folder:");
            browser.click(By.cssSelector("[data-testid=back-up-now]"));
            String notice = browser.find(By.cssSelector(".alert.ok")).getText();
            assertThat(notice).contains("A backup has started");
            String id = notice.substring(notice.indexOf('(') + 1, notice.indexOf(')'));

            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
                browser.go("/admin/backups");
                return !d.findElements(By.cssSelector("[data-testid=backups] tr[data-id='" + id + "']")).isEmpty();
            });
            String row = browser.find(By.cssSelector("tr[data-id='" + id + "']")).getText();
            assertThat(row).contains("Manual", "kB", "reliefdesk-backup-" + id + ".zip");
            assertThat(browser.text()).contains("--reliefdesk.restore.from=");
        }
    }

    @Test
    void otherStaffAreRefusedThePage() {
        String therapist = TestData.createStaff(Api.anonymous(port), "THERAPIST");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(therapist, TestData.PASSWORD).go("/admin/backups");
            assertThat(browser.text()).contains("You may not see this page").doesNotContain("Back up now");
        }
    }
}

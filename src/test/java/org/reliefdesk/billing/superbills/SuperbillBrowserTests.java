package org.reliefdesk.billing.superbills;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.PastSessions;
import org.reliefdesk.support.PdfText;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SuperbillBrowserTests {

    static final LocalDate TODAY = LocalDate.now();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void tearDown() {
        jdbc.sql("update practice set tax_id = '', npi = '' where id = 1").update();
    }

    @Test
    void theTherapistEntersTheLettersDiagnosisAndTheClientDownloadsTheirSuperbill() throws Exception {
        String email = TestData.uniqueEmail("superbill-journey");
        String clientId = TestData.registerClient(Api.anonymous(port), email);
        String therapist = TestData.createStaff(Api.anonymous(port), "THERAPIST");
        signedSession(clientId, therapist);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(therapist, TestData.PASSWORD);
            browser.go("/clients/" + clientId);
            browser.waitForText("Diagnoses on file");
            assertThat(browser.text()).contains("ReliefDesk never chooses a diagnosis");
            browser.type("code", "G43009x").type("description", "Migraine without aura").type("diagnosedBy", "Dr. Ana Ruiz");
            date(browser, "diagnosedOn", TODAY.minusDays(30));
            browser.click(By.xpath("//button[text()='Add diagnosis']"));
            browser.waitForText("must be an ICD-10-CM code");
            assertThat(browser.find(By.id("code-error")).getText()).contains("G43.009");
            browser.type("code", "G43.009");
            date(browser, "diagnosedOn", TODAY.minusDays(30));
            browser.click(By.xpath("//button[text()='Add diagnosis']"));
            browser.waitForText("Diagnosis G43.009 added");
            assertThat(browser.find(By.cssSelector("[data-testid=diagnoses]")).getText()).contains("G43.009");
            browser.click(By.cssSelector("[data-testid=superbill-link]"));
            browser.waitForText("Download the superbill");
            assertThat(PdfText.of(download(browser, "/clients/" + clientId + "/superbill.pdf?from="
                    + TODAY.minusDays(20) + "&to=" + TODAY))).contains("97124 \u00d7 3", "G43.009");
            signOut(browser);

            browser.signIn(email, TestData.PASSWORD);
            browser.go("/payments/superbill");
            browser.waitForText("Download the superbill");
            date(browser, "from", TODAY);
            date(browser, "to", TODAY.minusDays(1));
            browser.click(By.cssSelector("[data-testid=download]"));
            browser.waitForText("must be on or after from");
            date(browser, "from", TODAY.minusDays(20));
            date(browser, "to", TODAY);
            String text = PdfText.of(download(browser, "/payments/superbill.pdf?from=" + TODAY.minusDays(20)
                    + "&to=" + TODAY));
            assertThat(text).contains("97124 \u00d7 3", "97140 \u00d7 1", "G43.009", "Test Client");
        }
    }

    private static void date(Browser browser, String field, LocalDate day) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find(By.name(field)), day.toString());
    }

    /** Fetches what the download button fetches, with the browser's session cookie. */
    private static byte[] download(Browser browser, String path) {
        return browser.download(path, "application/pdf");
    }

    private static void signOut(Browser browser) {
        browser.go("/");
        browser.click(By.cssSelector("header nav form button"));
        browser.find(By.name("email"));
    }

    private void signedSession(String clientId, String therapist) {
        UUID booking = PastSessions.with(jdbc, clientId, TODAY.minusDays(7), "COMPLETED", therapist);
        Api api = Api.anonymous(port).as(therapist, TestData.PASSWORD);
        Map<String, Object> body = new HashMap<>();
        body.put("subjective", "Better.");
        body.put("objective", "Less tender.");
        body.put("assessment", "Responding.");
        body.put("plan", "Weekly.");
        body.put("painBefore", 4);
        body.put("painAfter", 1);
        body.put("techniquesUsed", List.of(Map.of("technique", "KNEADING", "area", "UPPER_BACK", "minutes", 38),
                Map.of("technique", "TRIGGER_POINT", "area", "SHOULDERS", "minutes", 17)));
        api.post("/api/v1/bookings/" + booking + "/note", body);
        api.post("/api/v1/bookings/" + booking + "/note/sign", null);
    }
}

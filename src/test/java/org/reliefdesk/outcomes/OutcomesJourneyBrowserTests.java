package org.reliefdesk.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.PastSessions;
import org.reliefdesk.support.TestData;
import org.reliefdesk.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A client logs five days on a phone; their therapist signs a note; the outcomes page compares and charts. */
@IntegrationTest
class OutcomesJourneyBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now();

    @Test
    void clientLogsFiveDaysTherapistSignsANoteAndTheOutcomesCompareAndChart() {
        String email = TestData.uniqueEmail("journey");
        String clientId = TestData.registerClient(Api.anonymous(port), email);
        String therapist = TestData.createStaff(Api.anonymous(port), "THERAPIST");
        String booking = PastSessions.with(jdbc, clientId, today.minusDays(21), "BOOKED", therapist).toString();
        backfill(clientId, email);
        try (Browser phone = Browser.open(port, 390, 844)) {
            phone.signIn(email, TestData.PASSWORD);
            phone.waitForText("Sign out");
            phone.go("/diary").click(By.cssSelector("[data-testid=no-headache]"));
            phone.waitForText("Saved:");
            for (int daysAgo = 1; daysAgo <= 4; daysAgo++) {
                logHeadache(phone, today.minusDays(daysAgo));
            }
            assertThat(phone.text()).contains("Logged today: no headache");
        }
        assertThat(jdbc.sql("select count(*) from diary_entry where client_id = cast(:c as uuid) and entry_date >= :d")
                .param("c", clientId).param("d", today.minusDays(4)).query(Long.class).single()).isEqualTo(5);
        try (Browser desk = Browser.open(port)) {
            desk.signIn(therapist, TestData.PASSWORD);
            desk.waitForText("Sign out");
            desk.go("/clients/" + clientId).click(By.linkText("Write note"));
            desk.type("subjective", "Fewer headaches this week.").type("objective", "Tender right upper trapezius.")
                    .type("assessment", "Responding.").type("plan", "Weekly for three more weeks.")
                    .type("painBefore", "4").type("painAfter", "1");
            desk.click(By.cssSelector("[data-testid=save-note]"));
            desk.waitForText("The draft is saved.");
            desk.click(By.cssSelector("[data-testid=sign-note]"));
            desk.waitForText("The note is signed and locked.");
            assertThat(desk.text()).contains("Signed by Staff THERAPIST", "Add an amendment");
            desk.go("/clients/" + clientId + "/outcomes");
            desk.waitForText("Before and during the course");
            assertThat(desk.find(By.cssSelector("[data-testid=change]")).getText())
                    .matches("Headache days fell from \\d+(\\.\\d)? to \\d+(\\.\\d)? per 28 logged days\\.");
            assertThat(desk.text()).contains("A record, not proof.", "the client's diary", "Pain before and after each session");
            assertThat(desk.driver().findElements(By.cssSelector("[data-testid=caveat]"))).hasSize(1);
            Object drawn = ((JavascriptExecutor) desk.driver()).executeScript(
                    "return !!document.getElementById('chart-weeks').chart && !!document.getElementById('chart-pain').chart");
            assertThat(drawn).isEqualTo(true);
        }
        assertThat(Api.anonymous(port).as(therapist, TestData.PASSWORD).get("/api/v1/bookings/" + booking + "/note")
                .json().get("status").asString()).isEqualTo("SIGNED");
    }

    /** Before the course: 28 days with a headache every other day; since: every fourth day, up to 5 days ago. */
    private void backfill(String clientId, String email) {
        Api client = Tokens.bearer(port, email);
        LocalDate start = today.minusDays(21);
        for (int i = 1; i <= 28; i++) {
            put(client, clientId, start.minusDays(i), i % 2 == 0);
        }
        for (LocalDate day = start; day.isBefore(today.minusDays(4)); day = day.plusDays(1)) {
            put(client, clientId, day, day.toEpochDay() % 4 == 0);
        }
    }

    private static void put(Api client, String clientId, LocalDate day, boolean headache) {
        client.put("/api/v1/clients/" + clientId + "/diary/" + day, headache
                ? Map.of("headache", true, "peakIntensity", 6, "durationHours", 4, "acuteMedication", List.of("NSAID"),
                        "triggers", List.of())
                : Map.of("headache", false));
    }

    private static void logHeadache(Browser phone, LocalDate day) {
        phone.go("/diary/day/" + day);
        if (day.toEpochDay() % 4 == 0) {
            phone.click(By.cssSelector("label.p5 span"));
            phone.type("durationHours", "3");
            phone.click(By.cssSelector("[data-testid=save-headache]"));
        } else {
            phone.click(By.cssSelector("[data-testid=no-headache]"));
        }
        phone.waitForText("Saved:");
    }
}

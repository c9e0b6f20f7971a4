package org.reliefdesk.scheduling.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The front desk's day in the browser: a free time in the day view, the client found, booked, checked in and
 * completed. The clinic's zone is chosen so that it is about midday there now (free times ahead the same day);
 * to complete, the session is moved to have begun ten minutes ago, as time would have passed.
 */
@IntegrationTest
class AppointmentBookBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A fixed-offset zone in which it is between 11:30 and 12:30 now. */
    static ZoneId middayZone() {
        int hoursAhead = 12 - Instant.now().atOffset(ZoneOffset.UTC).plusMinutes(30).getHour();
        return ZoneId.of(hoursAhead == 0 ? "Etc/GMT" : "Etc/GMT" + (hoursAhead > 0 ? "-" : "+") + Math.abs(hoursAhead));
    }

    @Test
    void theFrontDeskBooksAFreeTimeThenChecksTheClientInAndCompletes() {
        ZoneId zone = middayZone();
        String location = Scheduling.location(port, zone.getId(), 1, 0, 15).get("id").asString();
        String therapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"),
                LocalDate.now(zone).plusYears(1), "06:00", "20:00");
        String[] client = Scheduling.clearedClient(port);
        String desk = TestData.createStaff(Api.anonymous(port), "FRONT_DESK");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(desk, TestData.PASSWORD);
            browser.go("/schedule?location=" + location);
            browser.click(By.cssSelector("a[data-testid=free][href*='therapist=" + therapist + "']"));
            browser.waitForText("Find the client");
            browser.type("q", client[0]);
            browser.click(By.xpath("//button[normalize-space()='Find']"));
            browser.click(By.cssSelector("[data-testid=book-client]"));
            browser.waitForText("Confirm the booking");
            browser.click(By.xpath("//button[normalize-space()='Confirm booking']"));
            browser.waitForText("Booked:");

            browser.click(By.cssSelector("a[data-testid=booking]"));
            assertThat(browser.find(By.cssSelector("[data-testid=status]")).getText()).isEqualTo("Booked");
            UUID booking = UUID.fromString(browser.url().replaceAll(".*/schedule/bookings/([0-9a-f-]{36}).*", "$1"));
            browser.click(By.xpath("//button[normalize-space()='Check in']"));
            browser.waitForText("is checked in.");
            assertThat(browser.find(By.cssSelector("a[data-testid=booking]")).getText()).contains("Checked in");

            begunTenMinutesAgo(booking);
            browser.go("/schedule?location=" + location + "&view=arrivals");
            assertThat(browser.find(By.cssSelector("[data-testid=arrivals-inSession]")).getText())
                    .contains("Test Client");
            browser.click(By.xpath("//ul[@data-testid='arrivals-inSession']//button[normalize-space()='Complete']"));
            browser.waitForText("session is completed.");
            assertThat(browser.find(By.cssSelector("[data-testid=arrivals-done]")).getText()).contains("Test Client");
        }
        assertThat(jdbc.sql("select status from booking where client_id = :c").param("c", UUID.fromString(client[1]))
                .query(String.class).single()).isEqualTo("COMPLETED");
    }

    /** Time passing: the session now started ten minutes ago (still today where the clinic is). */
    private void begunTenMinutesAgo(UUID booking) {
        Instant start = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        jdbc.sql("update booking set starts_at = :start, ends_at = :end, held_until = :held where id = :id")
                .param("start", java.sql.Timestamp.from(start))
                .param("end", java.sql.Timestamp.from(start.plusSeconds(3600)))
                .param("held", java.sql.Timestamp.from(start.plusSeconds(4500))).param("id", booking).update();
    }
}

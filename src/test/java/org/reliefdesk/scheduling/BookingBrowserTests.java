package org.reliefdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class BookingBrowserTests {

    static final LocalDate DAY = LocalDate.now(BookingApiTests.NEW_YORK).plusDays(3);

    @LocalServerPort
    int port;

    @Test
    void aClientBooksOnTheirPhoneAndTheFrontDeskFindsItInTheBook() {
        String location = Scheduling.location(port, "America/New_York", 2, 1, 15).get("id").asString();
        String therapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), DAY.plusYears(1), "09:00",
                "17:00");
        String therapistEmail = Scheduling.admin(port).get("/api/v1/therapists/" + therapist).json().get("email")
                .asString();
        String[] client = Scheduling.clearedClient(port);
        String desk = TestData.createStaff(org.reliefdesk.support.Api.anonymous(port), "FRONT_DESK");
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn(client[0], TestData.PASSWORD);
            browser.waitForText("Welcome");
            browser.go("/book?location=" + location);
            browser.click(By.partialLinkText("Medical Massage, 60"));
            browser.click(By.cssSelector("a[href*='day=" + DAY + "']"));
            browser.click(By.cssSelector("[data-testid=any-therapist] a"));
            browser.waitForText("Confirm the booking");
            assertThat(browser.find(By.cssSelector("[data-testid=when]")).getText()).contains("9:00 AM");
            browser.click(By.xpath("//button[normalize-space()='Confirm booking']"));
            browser.waitForText("You are booked");
            assertThat(browser.find(By.cssSelector("[data-testid=time]")).getText()).contains("9:00 AM to 10:00 AM");
            browser.click(By.xpath("//form[contains(@action,'/logout')]/button"));

            browser.signIn(therapistEmail, TestData.PASSWORD);
            browser.waitForText("My day");
            browser.go("/therapist/today?day=" + DAY);
            assertThat(browser.find(By.cssSelector("[data-testid=session]")).getText())
                    .contains("9:00 AM", "Test Client", "Screening now: Cleared to book", "No accepted plan in force yet")
                    .doesNotContain("MEDICAL_MASSAGE_60");
            browser.click(By.xpath("//form[contains(@action,'/logout')]/button"));

            browser.signIn(desk, TestData.PASSWORD);
            browser.waitForText("Appointment book");
            browser.go("/schedule?location=" + location + "&day=" + DAY);
            assertThat(browser.find(By.cssSelector("[data-testid=booking]")).getText()).contains("9:00 AM", "Test Client");
            browser.click(By.cssSelector("[data-testid=booking]"));
            assertThat(browser.find(By.cssSelector("[data-testid=status]")).getText()).isEqualTo("Booked");
            assertThat(browser.find(By.partialLinkText("Cancel")).getAttribute("href")).contains("/sessions/", "/cancel");
        }
    }

    @Test
    void theAdminSetsUpTheScheduleOnPages() {
        String location = Scheduling.location(port, "America/New_York", 1, 0, 15).get("id").asString();
        String therapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"),
                LocalDate.now().plusDays(20), "09:00", "17:00");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(TestData.ADMIN_EMAIL, TestData.PASSWORD);
            browser.go("/admin/scheduling");
            assertThat(browser.find(By.cssSelector("[data-testid=expiring]")).getText()).contains("expires");
            browser.go("/admin/therapists/" + therapist);
            browser.type("end_MONDAY", "25:00");
            browser.click(By.xpath("//button[normalize-space()='Save hours']"));
            browser.waitForText("must be a time");
            browser.go("/admin/locations/" + location);
            browser.type("bufferMinutes", "10");
            browser.click(By.xpath("//button[normalize-space()='Save location']"));
            browser.waitForText("Location saved.");
            browser.go("/admin/services/MEDICAL_MASSAGE_60");
            assertThat(browser.text()).contains("Skills needed");
        }
    }
}

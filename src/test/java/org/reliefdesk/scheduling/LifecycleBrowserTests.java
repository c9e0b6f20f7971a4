package org.reliefdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The lifecycle on pages: a client on a phone moves, cancels, books a course and waits; an offer is taken. */
@IntegrationTest
class LifecycleBrowserTests {

    static final LocalDate DAY = LocalDate.now(BookingApiTests.NEW_YORK).plusDays(5);
    static final LocalDate MONDAY = DAY.plusDays(7).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @LocalServerPort
    int port;

    String book(String[] client, String location, String therapist, String start) {
        var booked = Scheduling.admin(port).post("/api/v1/bookings", Map.of("clientId", client[1], "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", start, "therapistId", therapist));
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        return booked.json().get("id").asString();
    }

    static void set(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
                id, value);
    }

    @Test
    void aClientMovesCancelsBooksACourseAroundAConflictAndJoinsTheWaitlistOnTheirPhone() {
        String location = Scheduling.location(port, "America/New_York", 1, 0, 15).get("id").asString();
        String therapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), DAY.plusYears(1), "09:00", "17:00");
        String[] client = Scheduling.clearedClient(port);
        String[] other = Scheduling.clearedClient(port);
        book(client, location, therapist, BookingApiTests.at(DAY, "10:00"));
        book(client, location, therapist, BookingApiTests.at(DAY, "13:00"));
        book(other, location, therapist, BookingApiTests.at(MONDAY.plusWeeks(1), "10:00"));
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn(client[0], TestData.PASSWORD);
            browser.waitForText("Welcome");
            browser.go("/sessions");
            assertThat(browser.text()).contains("Your sessions", "Coming up");
            browser.click(By.xpath("(//li[@data-testid='upcoming'])[1]//a[normalize-space()='Move']"));
            browser.waitForText("Move a session");
            browser.click(By.cssSelector("a[href*='day=" + DAY + "']"));
            browser.click(By.xpath("//div[@data-testid='times']//button[normalize-space()='11:00 AM']"));
            browser.waitForText("Moved to");
            assertThat(browser.find(By.cssSelector("[data-testid=notice]")).getText()).contains("11:00 AM");
            assertThat(browser.text()).contains("Moved from");

            browser.click(By.xpath("(//li[@data-testid='upcoming'])[2]//a[@data-testid='cancel']"));
            browser.waitForText("Cancel the session");
            browser.click(By.cssSelector("[data-testid=confirm]"));
            browser.waitForText("Cancelled:");
            assertThat(browser.find(By.cssSelector("[data-testid=history]")).getText()).contains("Cancelled");

            browser.go("/courses/new?location=" + location);
            set(browser, "date", MONDAY.toString());
            set(browser, "time", "10:00");
            browser.type("sessions", "3");
            browser.click(By.xpath("//button[normalize-space()='Book the course']"));
            browser.waitForText("cannot be booked");
            assertThat(browser.find(By.cssSelector("[data-testid=conflicts]")).getText())
                    .contains(MONDAY.plusWeeks(1).atTime(10, 0).format(java.time.format.DateTimeFormatter
                            .ofPattern("EEE, MMM d, yyyy, h:mm a", java.util.Locale.ENGLISH)), "free nearby");
            set(browser, "time", "12:00");
            browser.click(By.xpath("//button[normalize-space()='Book the course']"));
            browser.waitForText("The course is booked");
            assertThat(browser.find(By.cssSelector("[data-testid=course-sessions]")).getText()).contains("12:00");

            browser.go("/waitlist?location=" + location);
            set(browser, "date", DAY.plusDays(1).toString());
            browser.click(By.xpath("//button[normalize-space()='Join the waitlist']"));
            browser.waitForText("You are on the list");
            assertThat(browser.find(By.cssSelector("[data-testid=entry]")).getText()).contains("Number 1 waiting");
        }
    }

    @Test
    void aWaitingClientOpensTheOfferFromTheEmailAndTakesTheTime() {
        String location = Scheduling.location(port, "America/New_York", 1, 0, 15).get("id").asString();
        String therapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), DAY.plusYears(1), "09:00", "17:00");
        String[] holder = Scheduling.clearedClient(port);
        String[] waiting = Scheduling.clearedClient(port);
        String booking = book(holder, location, therapist, BookingApiTests.at(DAY, "15:00"));
        Api.anonymous(port).as(waiting[0], TestData.PASSWORD).post("/api/v1/waitlist", Map.of("locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "date", DAY.toString()));
        Scheduling.admin(port).post("/api/v1/bookings/" + booking + "/cancel", Map.of());
        String link = org.reliefdesk.support.Mailbox.body(org.reliefdesk.support.Mailbox.await(waiting[0], 1).get(0))
                .replaceAll("(?s).*(/waitlist/offers/[0-9a-f-]{36}).*", "$1");
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn(waiting[0], TestData.PASSWORD);
            browser.waitForText("Welcome");
            browser.go(link);
            assertThat(browser.find(By.cssSelector("[data-testid=offer-details]")).getText()).contains("3:00 PM to 4:00 PM");
            browser.click(By.xpath("//button[normalize-space()='Book this time']"));
            browser.waitForText("Booked:");
            assertThat(browser.find(By.cssSelector("[data-testid=upcoming]")).getText()).contains("3:00 PM");
            browser.go(link);
            assertThat(browser.find(By.cssSelector("[data-testid=offer-closed]")).getText()).contains("booked");
        }
    }

    @Test
    void aTherapistMakesAndStopsTheirCalendarLink() {
        String location = Scheduling.location(port, "America/New_York", 1, 0, 15).get("id").asString();
        String therapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), DAY.plusYears(1), "09:00", "17:00");
        String email = Scheduling.admin(port).get("/api/v1/therapists/" + therapist).json().get("email").asString();
        try (Browser browser = Browser.open(port)) {
            browser.signIn(email, TestData.PASSWORD);
            browser.waitForText("Sign out");
            browser.go("/calendar-link");
            browser.click(By.xpath("//button[normalize-space()='Make my calendar link']"));
            String link = browser.find(By.cssSelector("[data-testid=calendar-link] code")).getText();
            String path = link.substring(link.indexOf("/api/"));
            assertThat(Api.anonymous(port).get(path).status()).isEqualTo(200);
            browser.click(By.xpath("//button[normalize-space()='Stop the link']"));
            browser.waitForText("no longer works");
            assertThat(Api.anonymous(port).get(path).status()).isEqualTo(401);
        }
    }
}

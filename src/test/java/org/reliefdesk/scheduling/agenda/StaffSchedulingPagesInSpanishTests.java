package org.reliefdesk.scheduling.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.Axe;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.EnglishLeftovers;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.reliefdesk.support.TestScreenings;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staff side of scheduling read in Spanish at phone and desktop size: the front desk's book, waitlist and
 * course pages, the therapist's day, the administrator's setup, past visits and the operations report. No English
 * left outside typed names, and no serious accessibility finding; the English pages pass axe-core too.
 */
@IntegrationTest
class StaffSchedulingPagesInSpanishTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate DAY = LocalDate.now(NEW_YORK).plusDays(3);

    @LocalServerPort
    int port;

    String location;
    String therapist;
    String therapistEmail;
    String client;
    String booking;
    String desk;

    @BeforeEach
    void aPracticeWithASessionBooked() {
        Api admin = Scheduling.admin(port);
        location = admin.post("/api/v1/locations", Map.of("name", "Sede Norte " + TestData.uniqueEmail("s").substring(0, 6),
                "timeZone", "America/New_York", "rooms", List.of(Map.of("name", "Sala A")),
                "equipment", List.of(Map.of("kind", "HOT_STONE_KIT", "count", 1)), "bufferMinutes", 15,
                "lateCancelHours", 24)).json().get("id").asString();
        therapistEmail = TestData.uniqueEmail("tara");
        therapist = admin.post("/api/v1/therapists", Map.of("email", therapistEmail, "password", TestData.PASSWORD,
                "fullName", "Tara Ruiz", "licence", Map.of("number", "LMT-7", "region", "ME",
                        "expiresOn", DAY.plusDays(20).toString()),
                "skills", List.of("MEDICAL_MASSAGE", "TRIGGER_POINT"), "locationId", location)).json().get("id").asString();
        List<Map<String, String>> weekly = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            weekly.add(Map.of("day", day, "start", "09:00", "end", "17:00"));
        }
        admin.put("/api/v1/therapists/" + therapist + "/hours", Map.of("locationId", location, "weekly", weekly));
        client = Api.anonymous(port).post("/api/v1/register", Map.of("email", TestData.uniqueEmail("lucia"),
                "password", TestData.PASSWORD, "fullName", "Lucía Gómez", "dateOfBirth", "1988-03-14"))
                .json().get("id").asString();
        TestScreenings.set(client, "CLEARED");
        var booked = admin.post("/api/v1/bookings", Map.of("clientId", client, "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", DAY.atTime(10, 0).atZone(NEW_YORK).toOffsetDateTime().toString(),
                "therapistId", therapist));
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        booking = booked.json().get("id").asString();
        desk = TestData.createStaff(Api.anonymous(port), "FRONT_DESK");
    }

    List<String> frontDeskPages() {
        String book = "/schedule?location=" + location + "&day=" + DAY;
        return List.of(book, book + "&view=rooms", book + "&view=week&therapist=" + therapist,
                book + "&view=agenda&therapist=" + therapist, book + "&view=arrivals&cancelled=true",
                "/clients/" + client + "/quick", "/waitlist?clientId=" + client, "/courses/new?clientId=" + client,
                "/sessions/" + booking + "/cancel", "/sessions/" + booking + "/no-show");
    }

    List<String> adminPages() {
        return List.of("/admin/scheduling", "/admin/therapists/" + therapist, "/admin/locations/" + location,
                "/admin/services/MEDICAL_MASSAGE_60", "/admin/past-visits?query=G%C3%B3mez",
                "/admin/past-visits?clientId=" + client, "/reports/operations?locationId=" + location);
    }

    /** What each page left wrong, reported all at once at the end. */
    private final List<String> problems = new ArrayList<>();

    @Test
    void theStaffPagesReadInSpanishWithoutBarriersOnAPhoneAndADesk() {
        for (int[] size : new int[][] {{390, 844}, {1280, 900}}) {
            try (Browser browser = Browser.open(port, size[0], size[1], "es")) {
                browser.signIn(desk, TestData.PASSWORD);
                frontDeskPages().forEach(page -> check(browser, page, true));
            }
            try (Browser browser = Browser.open(port, size[0], size[1], "es")) {
                browser.signIn(TestData.ADMIN_EMAIL, TestData.PASSWORD);
                adminPages().forEach(page -> check(browser, page, true));
            }
            try (Browser browser = Browser.open(port, size[0], size[1], "es")) {
                browser.signIn(therapistEmail, TestData.PASSWORD);
                check(browser, "/therapist/today?day=" + DAY, true);
                assertThat(browser.find(By.cssSelector("[data-testid=service]")).getText()).doesNotContain("_");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theEnglishPagesHaveNoSeriousFindingsEither() {
        for (int[] size : new int[][] {{390, 844}, {1280, 900}}) {
            try (Browser browser = Browser.open(port, size[0], size[1])) {
                browser.signIn(desk, TestData.PASSWORD);
                frontDeskPages().forEach(page -> check(browser, page, false));
            }
            try (Browser browser = Browser.open(port, size[0], size[1])) {
                browser.signIn(TestData.ADMIN_EMAIL, TestData.PASSWORD);
                adminPages().forEach(page -> check(browser, page, false));
            }
            try (Browser browser = Browser.open(port, size[0], size[1])) {
                browser.signIn(therapistEmail, TestData.PASSWORD);
                check(browser, "/therapist/today?day=" + DAY, false);
                assertThat(browser.text()).contains("Medical").doesNotContain("MEDICAL_MASSAGE_60");
            }
        }
        assertThat(problems).isEmpty();
    }

    private void check(Browser browser, String page, boolean spanish) {
        browser.go(page);
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo(spanish ? "es" : "en");
        assertThat(browser.text()).as(page).doesNotContain("??");
        if (!page.startsWith("/admin/services/")) {
            assertThat(browser.text()).as(page + " shows a service's name, not its code").doesNotContain("MEDICAL_MASSAGE");
        }
        if (spanish) {
            EnglishLeftovers.find(browser.driver()).forEach(word -> problems.add(page + ": English " + word));
        }
        Axe.seriousFindings(browser.driver()).forEach(finding -> problems.add(page + ": " + finding));
    }
}

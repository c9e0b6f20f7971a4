package org.reliefdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.reliefdesk.support.Axe;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.EnglishLeftovers;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The client's home and booking journey in a browser: the taps from home to a confirmed booking (bar 4), booking with
 * the keyboard only, and the pages in Spanish at phone and desktop size with no serious axe-core finding and no
 * English left.
 */
@IntegrationTest
class ClientBookingBrowserTests {

    static final LocalDate DAY = LocalDate.now(BookingApiTests.NEW_YORK).plusDays(2);

    @LocalServerPort
    int port;

    /** A practice and a returning client: their earlier booking there was cancelled, so home offers to book again. */
    private Scheduling.Practice returningClient() {
        Scheduling.Practice practice = Scheduling.practice(port, DAY.plusYears(1));
        var booked = Scheduling.admin(port).post("/api/v1/bookings", Map.of("clientId", practice.clientId(),
                "locationId", practice.location(), "serviceCode", "MEDICAL_MASSAGE_60",
                "start", BookingApiTests.at(DAY, "16:00"), "therapistId", practice.therapist()));
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        Scheduling.admin(port).post("/api/v1/bookings/" + booked.json().get("id").asString() + "/cancel", Map.of());
        return practice;
    }

    @Test
    void aClientBooksFromHomeInAtMostFourTaps() {
        Scheduling.Practice practice = returningClient();
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn(practice.clientEmail(), TestData.PASSWORD);
            browser.waitForText("What to do next");
            int taps = 0;
            browser.clickToLoad(By.cssSelector("[data-testid=book]"));
            taps++;
            browser.clickToLoad(By.cssSelector("[data-testid=any-therapist] a"));
            taps++;
            browser.clickToLoad(By.cssSelector("[data-testid=confirm]"));
            taps++;
            browser.waitForText("You are booked");
            System.out.println("FIGURE taps from the client's home to a confirmed booking: " + taps);
            assertThat(taps).isLessThanOrEqualTo(4);
            assertThat(browser.find(By.cssSelector("[data-testid=summary]")).getText()).contains("Medical Massage");
            assertThat(browser.find(By.cssSelector("[data-testid=add-to-calendar]")).getAttribute("href"))
                    .endsWith("/calendar.ics");
        }
    }

    @Test
    void aClientBooksWithTheKeyboardOnly() {
        Scheduling.Practice practice = returningClient();
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.find(By.name("email")).sendKeys(practice.clientEmail());
            browser.find(By.name("password")).sendKeys(TestData.PASSWORD, Keys.ENTER);
            browser.waitForText("What to do next");
            WebDriver driver = browser.driver();
            tabTo(driver, e -> "book".equals(e.getAttribute("data-testid")));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            browser.waitForText("3. Choose a time");
            tabTo(driver, e -> e.getAttribute("href") != null && e.getAttribute("href").contains("/book/confirm"));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            browser.waitForText("Confirm the booking");
            tabTo(driver, e -> "confirm".equals(e.getAttribute("data-testid")));
            new Actions(driver).sendKeys(Keys.SPACE).perform();
            browser.waitForText("You are booked");
            tabTo(driver, e -> "home".equals(e.getAttribute("data-testid")));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            browser.waitForText("Your next session");
            assertThat(browser.find(By.cssSelector("[data-testid=next-session]")).getText()).contains("Room");
        }
    }

    @Test
    void theClientsPagesReadInSpanishWithoutBarriersOnAPhoneAndADesktop() {
        Scheduling.Practice practice = returningClient();
        for (int[] size : List.of(new int[] {390, 844}, new int[] {1280, 900})) {
            try (Browser browser = Browser.open(port, size[0], size[1], "es")) {
                browser.signIn(practice.clientEmail(), TestData.PASSWORD);
                browser.waitForText("Qué hacer ahora");
                check(browser);
                browser.clickToLoad(By.cssSelector("[data-testid=book]"));
                check(browser);
                browser.clickToLoad(By.cssSelector("[data-testid=any-therapist] a"));
                check(browser);
                browser.clickToLoad(By.cssSelector("[data-testid=confirm]"));
                browser.waitForText("Su cita está reservada");
                check(browser);
                browser.go("/sessions");
                check(browser);
                String calendar = browser.find(By.cssSelector("[data-testid=upcoming] a[href$='calendar.ics']"))
                        .getAttribute("href");
                browser.go(calendar.substring(calendar.indexOf("/sessions/")).replace("calendar.ics", "move"));
                check(browser);
                browser.go("/");
                check(browser);
            }
        }
    }

    private static void check(Browser browser) {
        Axe.assertNoSeriousFindings(browser.driver());
        EnglishLeftovers.assertNone(browser.driver());
    }

    /** Presses Tab until the focused element matches (at most 100 times). */
    private static void tabTo(WebDriver driver, Predicate<WebElement> wanted) {
        for (int i = 0; i < 100; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = (WebElement) ((JavascriptExecutor) driver).executeScript("return document.activeElement");
            if (focused != null && wanted.test(focused)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached the element");
    }
}

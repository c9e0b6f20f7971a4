package org.reliefdesk.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.IntakePages;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The intake in a real browser: one journey per outcome, on a phone and on a desktop. */
@IntegrationTest
class IntakeJourneyBrowserTests {

    private static final List<String> ALL = List.of("about", "headache", "warning", "health", "focus", "midas",
            "consent");

    @LocalServerPort
    int port;

    @Autowired
    Practice practice;

    /** The fixture as a client answers on the pages (a set with a "none" option needs it ticked). */
    private static Map<String, Object> answers(String code, Object value) {
        Map<String, Object> intake = IntakeFixtures.with(IntakeFixtures.episodicMigraine(), "health.footProblems",
                List.of("NONE"));
        return code == null ? intake : IntakeFixtures.with(intake, code, value);
    }

    private String newClient(String prefix) {
        String email = TestData.uniqueEmail(prefix);
        TestData.registerClient(Api.anonymous(port), email);
        return email;
    }

    @Test
    void aClientOnAPhoneLeavesHalfWayComesBackAndMayBook() {
        String email = newClient("journey");
        Map<String, Object> intake = answers(null, null);
        try (Browser browser = Browser.open(port, 390, 844)) {
            IntakePages pages = new IntakePages(browser);
            browser.signIn(email, TestData.PASSWORD).waitForText("Welcome");
            browser.go("/intake");
            assertThat(pages.step()).isEqualTo("Step 1 of 7");
            conditionalQuestionsFollowTheAnswers(browser);
            assertThat(browser.find(By.name("about.dateOfBirth")).getDomProperty("value"))
                    .as("the date of birth given at registration is filled in").isEqualTo("1985-06-15");
            browser.click(By.cssSelector("label[for='about.recentlyGaveBirth-false']"));
            browser.type("about.physician", "Dr Mira Patel, Harbour Clinic");
            pages.fullScreenshot("phone-1-about");
            pages.next();
            assertThat(pages.step()).isEqualTo("Step 2 of 7");

            problemsShowBesideTheirFieldsAndNothingTypedIsLost(browser, pages, intake);
            assertThat(pages.step()).isEqualTo("Step 3 of 7");

            browser.click(By.cssSelector("label[for='warning.thunderclap-false']"));
            browser.waitForText("Saved at");
            pages.screenshot("phone-3-warning");
            browser.click(By.cssSelector("header nav form button"));
            browser.signIn(email, TestData.PASSWORD).waitForText("Welcome");
            browser.go("/intake");
            assertThat(pages.step()).isEqualTo("Step 3 of 7");
            assertThat(browser.find(By.id("warning.thunderclap-false")).isSelected()).isTrue();

            pages.fillThrough(intake, List.of("warning", "health"));
            theBodyMapTicksTheAreas(browser, pages);
            pages.fill(intake, "focus").next();
            pages.fullScreenshot("phone-6-midas");
            pages.fill(intake, "midas").next();
            consentAndSendWithTheKeyboardOnly(browser);
            browser.waitForText("You can book your session");
            pages.fullScreenshot("phone-8-outcome-cleared");
            assertThat(browser.find(By.linkText("Book a session")).getAttribute("href")).endsWith("/book");

            browser.go("/intake");
            assertThat(browser.url()).endsWith("/screening");
            assertThat(browser.text()).contains("You can book your session", "MIDAS score: 11");
            browser.click(By.xpath("//button[text()='Update my answers']"));
            assertThat(pages.step()).isEqualTo("Step 1 of 7");
            assertThat(browser.find(By.name("about.physician")).getAttribute("value")).startsWith("Dr Mira Patel");
        }
    }

    private static void conditionalQuestionsFollowTheAnswers(Browser browser) {
        WebElement pregnant = browser.find(By.id("q-about.pregnant"));
        WebElement trimester = browser.find(By.id("q-about.pregnancyTrimester"));
        assertThat(pregnant.isDisplayed()).isTrue();
        assertThat(trimester.isDisplayed()).isFalse();
        browser.click(By.cssSelector("label[for='about.sexAtBirth-FEMALE']"));
        browser.click(By.cssSelector("label[for='about.pregnant-true']"));
        assertThat(trimester.isDisplayed()).isTrue();
        browser.click(By.cssSelector("label[for='about.sexAtBirth-MALE']"));
        assertThat(pregnant.isDisplayed()).isFalse();
        assertThat(trimester.isDisplayed()).isFalse();
        browser.click(By.cssSelector("label[for='about.sexAtBirth-FEMALE']"));
        browser.click(By.cssSelector("label[for='about.pregnant-false']"));
        assertThat(trimester.isDisplayed()).isFalse();
    }

    private static void problemsShowBesideTheirFieldsAndNothingTypedIsLost(Browser browser, IntakePages pages,
            Map<String, Object> intake) {
        pages.fill(IntakeFixtures.with(intake, "headache.quality", null), "headache");
        browser.type("headache.daysPerMonth", "about eight");
        pages.next();
        WebElement summary = browser.find(By.id("error-summary"));
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        assertThat(summary.getText()).contains("2 problems", "Please enter a whole number", "Please choose one answer");
        assertThat(summary.findElement(By.tagName("a")).getAttribute("href")).endsWith("#headache.daysPerMonth");
        WebElement days = browser.find(By.name("headache.daysPerMonth"));
        assertThat(days.getAttribute("value")).isEqualTo("about eight");
        assertThat(days.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(days.getAttribute("aria-describedby")).contains("headache.daysPerMonth-error");
        assertThat(browser.find(By.id("headache.daysPerMonth-error")).getText()).contains("whole number");
        assertThat(browser.find(By.id("headache.nausea-true")).isSelected()).isTrue();
        pages.fullScreenshot("phone-2-headache-problems");
        assertFitsIn320Pixels(browser);
        browser.type("headache.daysPerMonth", "6");
        browser.click(By.cssSelector("label[for='headache.quality-PULSATING']"));
        pages.next();
    }

    private static void theBodyMapTicksTheAreas(Browser browser, IntakePages pages) {
        WebElement jaw = browser.find(By.id("focus.areas-JAW"));
        browser.click(By.cssSelector(".bodymap [data-area='JAW']"));
        assertThat(jaw.isSelected()).isTrue();
        assertThat(browser.find(By.cssSelector(".bodymap [data-area='JAW']")).getAttribute("class")).contains("on");
        browser.click(By.cssSelector(".bodymap [data-area='JAW']"));
        assertThat(jaw.isSelected()).isFalse();
        browser.click(By.cssSelector(".bodymap [data-area='TEMPLES']"));
        pages.fullScreenshot("phone-5-focus-bodymap");
        assertFitsIn320Pixels(browser);
    }

    /** Readable at 320 px: nothing wider than the window (no sideways scrolling). */
    private static void assertFitsIn320Pixels(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(320, 700));
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        assertThat(((Number) overflow).intValue()).as("sideways overflow at 320 px").isLessThanOrEqualTo(0);
    }

    private static void consentAndSendWithTheKeyboardOnly(Browser browser) {
        browser.find(By.id("consent.treatment-true")).sendKeys(Keys.SPACE);
        new Actions(browser.driver()).sendKeys(Keys.TAB).sendKeys(Keys.SPACE).sendKeys(Keys.TAB)
                .sendKeys("Robin Reader").sendKeys(Keys.ENTER).perform();
    }

    @Test
    void urgentAnswersSendTheClientToEmergencyCareAndOfferNoBooking() {
        String email = newClient("urgent");
        try (Browser browser = Browser.open(port)) {
            IntakePages pages = new IntakePages(browser);
            browser.signIn(email, TestData.PASSWORD).waitForText("Welcome");
            browser.go("/intake");
            browser.click(By.cssSelector("button[value=later]"));
            browser.waitForText("Your answers are saved");
            browser.go("/intake");
            pages.fillThrough(answers("warning.thunderclap", true), ALL).send();
            browser.waitForText("Seek emergency care now");
            assertThat(browser.find(By.cssSelector("[data-testid=outcome]")).getAttribute("role")).isEqualTo("alert");
            assertThat(browser.text()).contains("What to tell them",
                    "I had a sudden, severe headache that reached its worst within about a minute",
                    "The medicines you take");
            assertThat(browser.driver().findElements(By.cssSelector("a[href$='/book']"))).isEmpty();
            pages.screenshot("desktop-outcome-urgent");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            pages.fullScreenshot("phone-outcome-urgent");
        }
    }

    @Test
    void aClearanceLetterThenTheTherapistClearsWhileFrontDeskSeesOnlyTheStatus() throws IOException {
        String email = TestData.uniqueEmail("clearance");
        String clientId = TestData.registerClient(Api.anonymous(port), email);
        Api admin = Api.anonymous(port);
        String therapist = TestData.createStaff(admin, "THERAPIST");
        String desk = TestData.createStaff(admin, "FRONT_DESK");
        try (Browser browser = Browser.open(port, 390, 844)) {
            IntakePages pages = new IntakePages(browser);
            browser.signIn(email, TestData.PASSWORD).waitForText("Welcome");
            browser.go("/intake");
            pages.fillThrough(answers("warning.newOrChanged", true), ALL).send();
            browser.waitForText("Please see your doctor before your first massage");
            pages.fullScreenshot("phone-outcome-clearance");
            var letter = pages.download("/screening/letter.pdf");
            assertThat(letter.statusCode()).isEqualTo(200);
            assertThat(letter.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(pdfText(letter.body())).contains(practice.details().name(), "Test Client", "new, or clearly different",
                    "Physician’s signature");
            signOut(browser);

            browser.signIn(desk, TestData.PASSWORD).waitForText("Schedule");
            browser.go("/clients/" + clientId);
            assertThat(browser.text()).contains("Clearance needed").doesNotContain("NEW_OR_CHANGED", "Dr Mira Patel",
                    "Intake answers", "Restrictions");
            assertThat(browser.driver().findElements(By.cssSelector("[data-testid=screening-panel], .bodymap"))).isEmpty();
            browser.go("/clients/" + clientId + "/intakes/1");
            assertThat(browser.text()).contains("You may not see this page");
            assertThat(pages.download("/clients/" + clientId + "/letter.pdf").statusCode()).isEqualTo(403);
            signOut(browser);

            browser.signIn(therapist, TestData.PASSWORD).waitForText("ReliefDesk");
            browser.go("/clients/" + clientId);
            assertThat(browser.text()).contains("New or changed headache", "Are your headaches new, or clearly different",
                    "Not assessed: warning signs need a physician first", "Score 11, grade III");
            assertThat(browser.driver().findElements(By.cssSelector(".bodymap .region.on"))).isNotEmpty();
            pages.fullScreenshot("phone-therapist-screening");
            browser.type("clearedBy", "Dr Mira Patel");
            browser.click(By.xpath("//button[text()='Record clearance']"));
            browser.waitForText("The clearance was recorded");
            assertThat(browser.find(By.cssSelector("[data-testid=screening-status]")).getText()).isEqualTo("Cleared to book");
            var audit = Api.anonymous(port).as(TestData.ADMIN_EMAIL, TestData.PASSWORD)
                    .get("/api/v1/audit?size=200&clientId=" + clientId).text();
            assertThat(audit).contains("\"actor\":\"" + therapist + "\",\"actorRole\":\"THERAPIST\",\"action\":\"READ_SCREENING\"",
                    "RECORD_CLEARANCE");
            signOut(browser);

            browser.signIn(email, TestData.PASSWORD).waitForText("Welcome");
            browser.go("/screening");
            assertThat(browser.text()).contains("You can book your session", "Dr Mira Patel");
        }
    }

    private static void signOut(Browser browser) {
        browser.go("/");
        browser.click(By.cssSelector("header nav form button"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/login"));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        return org.reliefdesk.support.PdfText.of(pdf);
    }
}

package org.reliefdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reliefdesk.support.Axe;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.EnglishLeftovers;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.RawHttp;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The reader's language: the browser's, unless switched in the page; anything but English and Spanish is English. */
@IntegrationTest
class LanguageTests {

    @LocalServerPort
    int port;

    @Test
    void theBrowsersLanguageDecidesAndAnUnknownOneIsEnglish() {
        assertThat(RawHttp.get(port, "/login", "Accept-Language: es-MX,es;q=0.9").body())
                .contains("<html lang=\"es\"", "Iniciar sesión");
        assertThat(RawHttp.get(port, "/login", "Accept-Language: fr-FR").body())
                .contains("<html lang=\"en\"", "Sign in");
        assertThat(RawHttp.get(port, "/login", "Accept-Language: %%%").body()).contains("<html lang=\"en\"");
    }

    @Test
    void theSwitchInThePageKeepsTheChoiceForTheSession() {
        try (Browser browser = Browser.open(port, 390, 844, "en-US")) {
            browser.go("/login");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            browser.clickToLoad(By.cssSelector("form.language button"));
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
            assertThat(browser.url()).endsWith("/login");
            browser.go("/register");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
            browser.go("/login");
            EnglishLeftovers.assertNone(browser.driver());
            Axe.assertNoSeriousFindings(browser.driver());
        }
    }

    @Test
    void moneyOnASpanishPageIsWrittenAsThePracticesCountryWritesIt() {
        // the practice is in the US (the default country): es-US writes "$0.00", as the practice's PDFs do
        try (Browser browser = Browser.open(port, 1280, 900, "es")) {
            browser.signIn(TestData.ADMIN_EMAIL, TestData.PASSWORD);
            browser.go("/reports/takings");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
            assertThat(browser.text()).contains("Caja del día").contains("$0.00").doesNotContain("US$");
        }
    }
}

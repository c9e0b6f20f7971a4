package org.reliefdesk.billing.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.billing.checkout.CheckoutFixtures.*;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.PdfText;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journey on a phone-sized screen: the front desk sells a package from the client's quick view, then
 * checks out a visit from the booking's page with a package session and a card top-up for an extra (with the
 * terminal's reference), a mistake shown beside its field first, and sees the confirmation with the receipt's link;
 * then the client downloads the receipt from their Payments page, and a superbill.
 */
@IntegrationTest
class CheckoutBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFrontDeskChecksOutWithAPackageSessionAndACardTopUp() throws Exception {
        price(jdbc);
        String[] client = Scheduling.clearedClient(port);
        String packageId = definePackage(port, 6, "480.00");
        UUID visit = started(jdbc, client[1], "CHECKED_IN");
        String desk = TestData.createStaff(Api.anonymous(port), "FRONT_DESK");
        String number;
        UUID invoice;
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn(desk, TestData.PASSWORD);
            browser.go("/clients/" + client[1] + "/quick");
            browser.click(By.cssSelector("[data-testid=sell-package]"));
            new Select(browser.find(By.id("packageId"))).selectByValue(packageId);
            new Select(browser.find(By.id("method"))).selectByValue("CASH");
            browser.click(By.cssSelector("[data-testid=sell]"));
            browser.waitForText("Package sold: invoice");
            assertThat(browser.find(By.cssSelector("[data-testid=owned]")).getText()).contains("6 of 6 left");

            browser.go("/schedule/bookings/" + visit);
            browser.click(By.cssSelector("a[data-testid=check-out]"));
            browser.waitForText("What the client pays for");
            assertThat(browser.find(By.cssSelector("[data-testid=service-line]")).getText()).contains("$95.00");
            browser.type("extraDescription", "Hot stones");
            browser.find(By.id("extraAmount-0")).sendKeys("20,5O");
            Select first = new Select(browser.find(By.id("paymentMethod-0")));
            first.selectByValue("PACKAGE");
            assertThat(new Select(browser.find(By.id("paymentPackage-0"))).getFirstSelectedOption().getText())
                    .contains("6 of 6 left, expires");
            new Select(browser.find(By.id("paymentMethod-1"))).selectByValue("CARD");
            browser.find(By.id("paymentReference-1")).sendKeys("TERM-77");
            browser.clickToLoad(By.cssSelector("[data-testid=check-out]"));

            WebElement error = browser.find(By.id("extraAmount-0-error"));
            assertThat(error.getText()).contains("amount");
            assertThat(browser.find(By.id("extraDescription-0")).getAttribute("value")).isEqualTo("Hot stones");
            assertThat(browser.find(By.id("paymentReference-1")).getAttribute("value")).isEqualTo("TERM-77");
            WebElement amount = browser.find(By.id("extraAmount-0"));
            amount.clear();
            amount.sendKeys("20.00");
            browser.clickToLoad(By.cssSelector("[data-testid=update]"));
            assertThat(browser.find(By.cssSelector("[data-testid=total]")).getText()).isEqualTo("$115.00");
            assertThat(browser.find(By.cssSelector("[data-testid=balance]")).getText()).isEqualTo("$0.00");
            browser.click(By.cssSelector("[data-testid=check-out]"));

            browser.waitForText("is checked out");
            assertThat(browser.find(By.cssSelector("[data-testid=status]")).getText()).isEqualTo("Paid");
            number = browser.find(By.cssSelector("[data-testid=number]")).getText();
            assertThat(number).matches("\\d{4}-\\d{6}");
            assertThat(browser.find(By.cssSelector("[data-testid=payments]")).getText())
                    .contains("Package session", "$95.00", "Card (clinic terminal)", "$20.00", "TERM-77");
            invoice = jdbc.sql("select id from invoice where booking_id = :b").param("b", visit)
                    .query(UUID.class).single();
            assertThat(browser.find(By.cssSelector("a[data-testid=receipt]")).getAttribute("href"))
                    .endsWith("/invoices/" + invoice + ".pdf");
        }
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn(client[0], TestData.PASSWORD);
            browser.go("/payments");
            String receipt = browser.find(By.cssSelector("a[href$='/invoices/" + invoice + ".pdf']")).getAttribute("href");
            assertThat(PdfText.of(browser.download(URI.create(receipt).getPath(), "application/pdf")))
                    .contains(number, "Hot stones", "TERM-77");
            browser.go("/payments/superbill");
            LocalDate day = jdbc.sql("select (starts_at at time zone 'UTC')::date from booking where id = :id")
                    .param("id", visit).query(LocalDate.class).single();
            assertThat(PdfText.of(browser.download("/payments/superbill.pdf?from=" + day.minusDays(1) + "&to="
                    + day.plusDays(1), "application/pdf"))).contains("from your physician", "115.00");
        }
        assertThat(status(jdbc, visit)).isEqualTo("COMPLETED");
        assertThat(jdbc.sql("select used from client_package where client_id = :c")
                .param("c", UUID.fromString(client[1])).query(Integer.class).single()).isEqualTo(1);
    }
}

package org.reliefdesk.billing.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.reliefdesk.billing.FeeReason;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.billing.InvoiceStatus;
import org.reliefdesk.billing.Invoices;
import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.NewInvoice;
import org.reliefdesk.billing.NewInvoice.NewLine;
import org.reliefdesk.billing.NewInvoice.NewPayment;
import org.reliefdesk.billing.PaymentMethod;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Payments page over real invoices (issued with {@link Invoices#issue}), packages and credit notes. */
@IntegrationTest
class PaymentsPageTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate DAY = LocalDate.now(NEW_YORK).plusDays(12);

    @LocalServerPort
    int port;

    @Autowired
    Invoices invoices;

    @Autowired
    Clients clients;

    @Autowired
    PaymentsReader reader;

    @Autowired
    JdbcClient jdbc;

    /** A paid visit (20.00 of it later credited), a part-paid visit, an unpaid no-show fee, a package with 4 of 6 left. */
    record Fixture(String email, UUID clientId, Invoice paid, Invoice partPaid, Invoice fee) {
    }

    Fixture aClientWithInvoicesAndAPackage() {
        String location = Scheduling.location(port, "America/New_York", 1, 0, 15).get("id").asString();
        String therapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), DAY.plusYears(1), "09:00",
                "17:00");
        String[] client = Scheduling.clearedClient(port);
        UUID clientId = UUID.fromString(client[1]);
        var booked = Scheduling.admin(port).post("/api/v1/bookings", Map.of("clientId", client[1], "locationId",
                location, "therapistId", therapist, "serviceCode", "MEDICAL_MASSAGE_60", "start",
                ZonedDateTime.of(DAY, LocalTime.of(10, 0), NEW_YORK).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        UUID booking = UUID.fromString(booked.json().get("id").asString());

        Invoice paid = invoices.issue(visit(clientId, new NewPayment(PaymentMethod.CARD, money("95.00"), "T-1", null)),
                null);
        creditNote(paid.id(), "20.00");
        Invoice partPaid = invoices.issue(visit(clientId, new NewPayment(PaymentMethod.CASH, money("60.00"), null,
                null)), null);
        Invoice fee = invoices.issue(new NewInvoice(clientId, booking, FeeReason.NO_SHOW_FEE,
                List.of(new NewLine("No-show fee", 1, money("60.00"), null)), List.of()), null);
        Invoice sale = invoices.issue(new NewInvoice(clientId, null, null,
                List.of(new NewLine("Six medical massages", 1, money("480.00"), "MEDICAL_MASSAGE_60")),
                List.of(new NewPayment(PaymentMethod.CARD, money("480.00"), "T-2", null))), null);
        UUID pack = jdbc.sql("""
                insert into package (name, service_code, sessions, price, valid_days)
                values ('Six medical massages', 'MEDICAL_MASSAGE_60', 6, 480.00, 180) returning id""")
                .query(UUID.class).single();
        jdbc.sql("""
                insert into client_package (package_id, client_id, service_code, name, sessions, used, sold_on,
                    expires_on, invoice_id)
                values (:pack, :client, 'MEDICAL_MASSAGE_60', 'Six medical massages', 6, 2, current_date,
                    :expires, :invoice)""")
                .param("pack", pack).param("client", clientId).param("expires", LocalDate.of(2099, 1, 31))
                .param("invoice", sale.id()).update();
        return new Fixture(client[0], clientId, paid, partPaid, fee);
    }

    private static NewInvoice visit(UUID clientId, NewPayment payment) {
        return new NewInvoice(clientId, null, null,
                List.of(new NewLine("Medical Massage, 60 minutes", 1, money("95.00"), "MEDICAL_MASSAGE_60")),
                List.of(payment));
    }

    /** A credit note in a series of its own (year 1999), so it takes no number from the real series. */
    private void creditNote(UUID invoice, String amount) {
        int seq = (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000) + 1;
        jdbc.sql("""
                insert into credit_note (number, year, seq, invoice_id, amount, reason, issued_on)
                values (:number, 1999, :seq, :invoice, :amount, 'Goodwill', current_date)""")
                .param("number", "CN-TEST-" + seq).param("seq", seq).param("invoice", invoice)
                .param("amount", new BigDecimal(amount)).update();
    }

    private static Money money(String text) {
        return Money.parse(text).orElseThrow();
    }

    @Test
    void theReaderSumsEachInvoiceAndTheClientsBalance() {
        Fixture f = aClientWithInvoicesAndAPackage();
        ClientPayments payments = reader.of(clients.find(f.clientId()).orElseThrow());
        assertThat(payments.currency()).isEqualTo("USD");
        assertThat(payments.invoices()).hasSize(4);
        var byNumber = payments.invoices().stream()
                .collect(java.util.stream.Collectors.toMap(ClientPayments.InvoiceRow::number, r -> r));
        assertThat(byNumber.get(f.paid().number()).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(byNumber.get(f.paid().number()).credit()).isEqualTo(money("20.00"));
        assertThat(byNumber.get(f.partPaid().number()).status()).isEqualTo(InvoiceStatus.PART_PAID);
        assertThat(byNumber.get(f.partPaid().number()).balance()).isEqualTo(money("35.00"));
        assertThat(byNumber.get(f.fee().number()).reason()).isEqualTo(FeeReason.NO_SHOW_FEE);
        assertThat(byNumber.get(f.fee().number()).status()).isEqualTo(InvoiceStatus.UNPAID);
        assertThat(payments.owed()).isEqualTo(money("95.00"));
        assertThat(payments.credit()).isEqualTo(money("20.00"));
        assertThat(payments.packages()).singleElement().satisfies(p -> {
            assertThat(p.remaining()).isEqualTo(4);
            assertThat(p.sessions()).isEqualTo(6);
        });
    }

    @Test
    void theClientReadsTheirPaymentsOnAPhoneAndStaffReadTheSame() {
        Fixture f = aClientWithInvoicesAndAPackage();
        String desk = TestData.createStaff(Api.anonymous(port), "FRONT_DESK");
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn(f.email(), TestData.PASSWORD);
            browser.click(By.cssSelector("header nav a[href='/payments']"));
            browser.waitForText("Invoices");
            String page = browser.text();
            assertThat(page).contains(f.paid().number(), f.partPaid().number(), f.fee().number(), "Part paid",
                    "Unpaid", "No-show fee: under the clinic's cancellation policy", "4 of 6 sessions left",
                    "Expires on Jan 31, 2099", "Owed", "$95.00", "Credit", "$20.00", "$35.00");
            assertThat(browser.find(By.cssSelector("[data-testid=owed]")).getText()).isEqualTo("$95.00");
            assertThat(browser.find(By.cssSelector("[data-number='" + f.fee().number() + "'] [data-testid=receipt]"))
                    .getAttribute("href")).endsWith("/invoices/" + f.fee().id() + ".pdf");
            assertThat(browser.find(By.cssSelector("[data-testid=superbill]")).getAttribute("href"))
                    .endsWith("/payments/superbill");
            Object wide = ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth");
            assertThat(wide).as("nothing wider than the phone").isEqualTo(false);

            browser.go("/clients/" + UUID.randomUUID() + "/payments");
            assertThat(browser.text()).doesNotContain("Invoices");
            browser.go("/payments");
            browser.click(By.xpath("//form[contains(@action,'/logout')]/button"));

            browser.signIn(desk, TestData.PASSWORD);
            browser.go("/clients/" + f.clientId() + "/quick");
            browser.click(By.cssSelector("[data-testid=payments]"));
            browser.waitForText("Invoices");
            assertThat(browser.text()).contains("Payments: Test Client", f.partPaid().number(), "$95.00")
                    .doesNotContain("Get a superbill");

            browser.go("/clients/" + f.clientId());
            assertThat(browser.find(By.cssSelector("[data-testid=payments-panel]")).getText()).contains("Owed", "$95.00",
                    "Credit", "$20.00", "4 invoices");
            browser.click(By.cssSelector("[data-testid=payments-panel] a.button"));
            browser.waitForText("Payments: Test Client");
        }
    }
}

package org.reliefdesk.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.billing.Invoices;
import org.reliefdesk.billing.NewInvoice;
import org.reliefdesk.billing.PaymentMethod;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Mailbox;
import org.reliefdesk.support.PastSessions;
import org.reliefdesk.support.PdfText;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The receipt: a one-page PDF with amounts and the practice only, emailed at checkout and for a later payment. */
@IntegrationTest
class ReceiptsTests {

    static final List<String> CLINICAL = List.of("diagnos", "migraine", "headache", "trigger", "myofascial",
            "suboccipital", "G43", "97124", "97140");

    @LocalServerPort
    int port;

    @Autowired
    Invoices invoices;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReceiptPdf pdf;

    @Test
    void aCheckoutAndALaterPaymentEachEmailAReceiptWithoutClinicalWords() throws Exception {
        String[] client = Scheduling.clearedClient(port);
        UUID booking = PastSessions.on(jdbc, client[1], LocalDate.now().minusDays(1), "COMPLETED");
        Invoice invoice = invoices.issue(new NewInvoice(UUID.fromString(client[1]), booking, null,
                List.of(new NewInvoice.NewLine("Medical massage, 60 minutes", 1, InvoiceFixtures.money("95.00"), null)),
                List.of(new NewInvoice.NewPayment(PaymentMethod.CARD, InvoiceFixtures.money("45.00"), "T-1", null))),
                null);
        List<MimeMessage> first = Mailbox.await(client[0], 1);
        String body = Mailbox.body(first.get(0));
        assertThat(first.get(0).getSubject()).contains(invoice.number());
        assertThat(body).contains(invoice.number()).contains("$95.00").contains("$45.00").contains("$50.00")
                .contains("/invoices/" + invoice.id() + ".pdf");
        CLINICAL.forEach(word -> assertThat(body.toLowerCase()).doesNotContain(word.toLowerCase()));
        assertThat(Mailbox.html(first.get(0))).contains(invoice.number(), "$95.00");
        assertThat(Mailbox.attachments(first.get(0))).singleElement().satisfies(pdf -> {
            assertThat(pdf.getFileName()).isEqualTo("receipt-" + invoice.number() + ".pdf");
            assertThat(pdf.getContentType()).startsWith("application/pdf");
            assertThat(PdfText.of(pdf.getInputStream().readAllBytes())).contains(invoice.number());
        });
        Scheduling.admin(port).post("/api/v1/invoices/" + invoice.id() + "/payments",
                Map.of("method", "CASH", "amount", "50.00"));
        String second = Mailbox.body(Mailbox.await(client[0], 2).get(1));
        assertThat(second).contains("$0.00").contains("Paid");
        assertThat(Mailbox.afterOutboxDrained(jdbc, client[0])).hasSize(2);
    }

    @Test
    void theReceiptPdfFitsOnOnePageWithAmountsPaymentsAndCredits() throws Exception {
        String[] client = Scheduling.clearedClient(port);
        Invoice invoice = invoices.issue(new NewInvoice(UUID.fromString(client[1]), null, null,
                List.of(new NewInvoice.NewLine("Medical massage, 60 minutes", 1, InvoiceFixtures.money("95.00"), null)),
                List.of(new NewInvoice.NewPayment(PaymentMethod.GIFT_CARD, InvoiceFixtures.money("40.00"), "GC-77",
                        null))), null);
        Scheduling.admin(port).post("/api/v1/invoices/" + invoice.id() + "/credit-notes",
                Map.of("reason", "Goodwill after the client's migraine", "amount", "10.00"));
        var api = Tokens.bearer(port, client[0]).get("/api/v1/invoices/" + invoice.id() + ".pdf");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.contentType()).startsWith("application/pdf");
        byte[] pdf = api.bytes();
        assertThat(PdfText.pages(pdf)).isEqualTo(1);
        String text = PdfText.of(pdf);
        assertThat(text).contains(invoice.number()).contains("Medical massage, 60 minutes").contains("$95.00")
                .contains("Gift card").contains("GC-77").contains("CN-").contains("$45.00").contains("Part paid");
        CLINICAL.forEach(word -> assertThat(text.toLowerCase()).doesNotContain(word.toLowerCase()));
        assertThat(PdfText.title(pdf)).startsWith("Receipt " + invoice.number());
        assertThat(PdfText.language(pdf)).isEqualTo("en-US");
        assertThat(PdfText.tagged(pdf)).isTrue();
        assertThat(PdfText.paper(pdf)).isEqualTo("Letter");
    }

    @Test
    void theReceiptReadsInSpanishAndIsA4ForAPracticeOutsideTheLetterCountries() throws Exception {
        String[] client = Scheduling.clearedClient(port);
        Invoice invoice = invoices.issue(new NewInvoice(UUID.fromString(client[1]), null, null,
                List.of(new NewInvoice.NewLine("Medical massage, 60 minutes", 1, InvoiceFixtures.money("95.00"), null)),
                List.of(new NewInvoice.NewPayment(PaymentMethod.CASH, InvoiceFixtures.money("95.00"), null, null))),
                null);
        byte[] spanish = pdf.render(invoice, Locale.forLanguageTag("es"));
        assertThat(PdfText.of(spanish)).contains("Recibo").contains("Efectivo").contains("Pagado");
        assertThat(PdfText.title(spanish)).startsWith("Recibo " + invoice.number());
        assertThat(PdfText.language(spanish)).isEqualTo("es-US");
        assertThat(PdfText.tagged(spanish)).isTrue();
        assertThat(PdfText.pages(spanish)).isEqualTo(1);
        jdbc.sql("update practice set country = 'DE' where id = 1").update();
        try {
            byte[] german = pdf.render(invoice, Locale.ENGLISH);
            assertThat(PdfText.paper(german)).isEqualTo("A4");
            assertThat(PdfText.language(german)).isEqualTo("en-DE");
        } finally {
            jdbc.sql("update practice set country = 'US' where id = 1").update();
        }
    }
}

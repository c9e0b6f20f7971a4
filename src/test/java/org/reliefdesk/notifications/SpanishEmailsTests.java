package org.reliefdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.billing.Invoices;
import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.NewInvoice;
import org.reliefdesk.billing.PaymentMethod;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.EnglishLeftovers;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Mailbox;
import org.reliefdesk.support.PastSessions;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Spanish-reading client's emails, sent for real through the outbox: every word ours is Spanish (what the practice
 * typed, links and addresses aside) and money is written as the practice's country writes it.
 */
@IntegrationTest
class SpanishEmailsTests {

    @LocalServerPort
    int port;

    @Autowired
    Invoices invoices;

    @Autowired
    Practice practice;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReceiptAndAPasswordResetReadInSpanishWithTheDollarAsEsUsWritesIt() throws Exception {
        String[] client = Scheduling.clearedClient(port);
        Api api = Api.anonymous(port).as(client[0], TestData.PASSWORD);
        assertThat(api.put("/api/v1/clients/" + client[1], Map.of("preferredLanguage", "es")).status()).isEqualTo(200);
        UUID booking = PastSessions.on(jdbc, client[1], LocalDate.now().minusDays(1), "COMPLETED");
        invoices.issue(new NewInvoice(UUID.fromString(client[1]), booking, null,
                List.of(new NewInvoice.NewLine("Medical massage, 60 minutes", 1, Money.of(new java.math.BigDecimal("95.00")), null)),
                List.of(new NewInvoice.NewPayment(PaymentMethod.CARD, Money.of(new java.math.BigDecimal("45.00")), "T-1", null))), null);
        MimeMessage receipt = Mailbox.await(client[0], 1).get(0);
        assertThat(Mailbox.body(receipt)).contains("$95.00", "$45.00", "$50.00").doesNotContain("US$");
        String name = api.get("/api/v1/clients/" + client[1]).json().get("fullName").asString();
        assertSpanish(receipt, "Medical massage, 60 minutes", name);

        assertThat(Api.anonymous(port).post("/api/v1/password/forgot", Map.of("email", client[0])).status())
                .isEqualTo(202);
        assertSpanish(Mailbox.await(client[0], 2).get(1), name);
    }

    private void assertSpanish(MimeMessage message, String... typed) throws Exception {
        Practice.Details details = practice.details();
        String ours = (message.getSubject() + "\n" + Mailbox.body(message)).replaceAll("https?://\\S+|\\S+@\\S+", " ");
        for (String text : List.of(details.name(), nonNull(details.address()), nonNull(details.phone()))) {
            ours = text.isBlank() ? ours : ours.replace(text, " ");
        }
        for (String text : typed) {
            ours = ours.replace(text, " ");
        }
        assertThat(EnglishLeftovers.inText(ours)).as(ours).isEmpty();
        assertThat(Mailbox.html(message)).contains("<html lang=\"es\"");
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

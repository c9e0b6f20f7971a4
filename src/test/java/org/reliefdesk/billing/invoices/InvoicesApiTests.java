package org.reliefdesk.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.billing.invoices.InvoiceFixtures.issue;

import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.billing.Invoices;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Invoices over the API: reading, lists, payments added later, credit notes, balance, access. */
@IntegrationTest
class InvoicesApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Invoices invoices;

    @Autowired
    JdbcClient jdbc;

    Api admin() {
        return Scheduling.admin(port);
    }

    String[] client() {
        return Scheduling.clearedClient(port);
    }

    @Test
    void readsAnInvoiceWithAmountsAsStrings() {
        String[] client = client();
        Invoice invoice = issue(invoices, client[1], "95.00", "50.00");
        JsonNode json = admin().get("/api/v1/invoices/" + invoice.id()).json();
        assertThat(json.get("number").asString()).matches("\\d{4}-\\d{6}");
        assertThat(json.get("total").asString()).isEqualTo("95.00");
        assertThat(json.get("paid").asString()).isEqualTo("50.00");
        assertThat(json.get("balance").asString()).isEqualTo("45.00");
        assertThat(json.get("status").asString()).isEqualTo("PART_PAID");
        assertThat(json.get("lines").get(0).get("unitPrice").asString()).isEqualTo("95.00");
        assertThat(json.has("reason")).isFalse();
    }

    @Test
    void anIssuedInvoiceIsNeverEdited() {
        Invoice invoice = issue(invoices, client()[1], "95.00", "0.00");
        assertThat(admin().put("/api/v1/invoices/" + invoice.id(), Map.of("total", "1.00")).status()).isEqualTo(405);
        assertThat(admin().send("PATCH", "/api/v1/invoices/" + invoice.id(), Map.of("total", "1.00")).status())
                .isEqualTo(405);
        assertThat(admin().get("/api/v1/invoices/" + invoice.id()).json().get("total").asString()).isEqualTo("95.00");
    }

    @Test
    void listsByClientDateAndStatusWithTheStatusComputedInTheDatabase() {
        String client = client()[1];
        Invoice unpaid = issue(invoices, client, "80.00", "0.00");
        Invoice part = issue(invoices, client, "80.00", "30.00");
        Invoice paid = issue(invoices, client, "80.00", "80.00");
        Invoice credited = issue(invoices, client, "80.00", "0.00");
        admin().post("/api/v1/invoices/" + credited.id() + "/credit-notes", Map.of("reason", "Booked in error"));
        String base = "/api/v1/invoices?clientId=" + client;
        JsonNode all = admin().get(base).json();
        assertThat(all.get("total").asLong()).isEqualTo(4);
        assertThat(all.get("items").get(0).get("id").asString()).isEqualTo(credited.id().toString());
        assertThat(ids(admin().get(base + "&status=UNPAID").json())).containsExactly(unpaid.id().toString());
        assertThat(ids(admin().get(base + "&status=PART_PAID").json())).containsExactly(part.id().toString());
        assertThat(ids(admin().get(base + "&status=PAID").json())).containsExactly(paid.id().toString());
        assertThat(ids(admin().get(base + "&status=CREDITED").json())).containsExactly(credited.id().toString());
        JsonNode page = admin().get(base + "&size=3&page=1").json();
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("total").asLong()).isEqualTo(4);
        assertThat(admin().get(base + "&size=3&page=5").json().get("total").asLong()).isEqualTo(4);
        String today = unpaid.issuedOn().toString();
        assertThat(admin().get(base + "&from=" + today + "&to=" + today).json().get("total").asLong()).isEqualTo(4);
        assertThat(admin().get(base + "&from=" + unpaid.issuedOn().plusDays(1)).json().get("total").asLong())
                .isZero();
        assertThat(admin().get(base + "&status=OWING").status()).isEqualTo(400);
    }

    private static java.util.List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("id").asString()).toList();
    }

    @Nested
    class Clients {

        @Test
        void aClientSeesOnlyTheirOwn() {
            String[] mine = client();
            String[] theirs = client();
            Invoice own = issue(invoices, mine[1], "95.00", "0.00");
            Invoice other = issue(invoices, theirs[1], "95.00", "0.00");
            Api me = Tokens.bearer(port, mine[0]);
            assertThat(me.get("/api/v1/invoices/" + own.id()).status()).isEqualTo(200);
            assertThat(me.get("/api/v1/invoices/" + other.id()).status()).isEqualTo(404);
            assertThat(me.get("/api/v1/invoices/" + other.id() + ".pdf").status()).isEqualTo(404);
            assertThat(me.get("/api/v1/invoices?clientId=" + theirs[1]).status()).isEqualTo(404);
            assertThat(me.get("/api/v1/clients/" + theirs[1] + "/balance").status()).isEqualTo(404);
            assertThat(ids(me.get("/api/v1/invoices").json())).containsExactly(own.id().toString());
            assertThat(me.get("/api/v1/invoices/" + own.id() + ".pdf").status()).isEqualTo(200);
        }

        @Test
        void aClientCannotPayOrCreditTheirOwnInvoiceHere() {
            String[] mine = client();
            Invoice own = issue(invoices, mine[1], "95.00", "0.00");
            Api me = Tokens.bearer(port, mine[0]);
            assertThat(me.post("/api/v1/invoices/" + own.id() + "/payments", Map.of("method", "CASH", "amount", "5.00"))
                    .status()).isEqualTo(403);
            assertThat(me.post("/api/v1/invoices/" + own.id() + "/credit-notes", Map.of("reason", "please")).status())
                    .isEqualTo(403);
        }
    }

    @Nested
    class Payments {

        @Test
        void aPaymentAddedLaterLowersTheBalance() {
            Invoice invoice = issue(invoices, client()[1], "95.00", "45.00");
            var paid = admin().post("/api/v1/invoices/" + invoice.id() + "/payments",
                    Map.of("method", "CARD", "amount", "50", "reference", "TERM-4411"));
            assertThat(paid.status()).isEqualTo(200);
            assertThat(paid.json().get("status").asString()).isEqualTo("PAID");
            assertThat(paid.json().get("balance").asString()).isEqualTo("0.00");
            assertThat(paid.json().get("payments").get(1).get("reference").asString()).isEqualTo("TERM-4411");
        }

        @Test
        void badPaymentsAre422NamingTheFieldAndWriteNothing() {
            Invoice invoice = issue(invoices, client()[1], "95.00", "45.00");
            String path = "/api/v1/invoices/" + invoice.id() + "/payments";
            field(admin().post(path, Map.of("method", "CASH", "amount", "50.01")), "amount");
            field(admin().post(path, Map.of("method", "CASH", "amount", 20)), "amount");
            field(admin().post(path, Map.of("method", "CASH", "amount", "abc")), "amount");
            field(admin().post(path, Map.of("method", "CASH", "amount", "-5.00")), "amount");
            field(admin().post(path, Map.of("method", "CASH", "amount", "1.234")), "amount");
            field(admin().post(path, Map.of("method", "CASH", "amount", "0.00")), "amount");
            field(admin().post(path, Map.of("method", "CASH")), "amount");
            field(admin().post(path, Map.of("method", "BITCOIN", "amount", "5.00")), "method");
            field(admin().post(path, Map.of("method", "PACKAGE", "amount", "5.00")), "method");
            assertThat(jdbc.sql("select count(*) from payment where invoice_id = :id").param("id", invoice.id())
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(admin().post("/api/v1/invoices/" + java.util.UUID.randomUUID() + "/payments",
                    Map.of("method", "CASH", "amount", "5.00")).status()).isEqualTo(404);
        }
    }

    @Nested
    class CreditNotes {

        @Test
        void creditsInFullByDefault() {
            String client = client()[1];
            Invoice invoice = issue(invoices, client, "95.00", "0.00");
            var note = admin().post("/api/v1/invoices/" + invoice.id() + "/credit-notes",
                    Map.of("reason", "Visit cancelled by the practice"));
            assertThat(note.status()).isEqualTo(201);
            assertThat(note.json().get("number").asString()).matches("CN-\\d{4}-\\d{6}");
            assertThat(note.json().get("amount").asString()).isEqualTo("95.00");
            assertThat(note.json().get("invoiceId").asString()).isEqualTo(invoice.id().toString());
            JsonNode read = admin().get("/api/v1/invoices/" + invoice.id()).json();
            assertThat(read.get("status").asString()).isEqualTo("CREDITED");
            assertThat(read.get("balance").asString()).isEqualTo("0.00");
            assertThat(admin().get("/api/v1/credit-notes/" + note.json().get("id").asString()).json()
                    .get("reason").asString()).isEqualTo("Visit cancelled by the practice");
            assertThat(admin().get("/api/v1/clients/" + client + "/balance").json().get("owed").asString())
                    .isEqualTo("0.00");
        }

        @Test
        void aPartCreditLowersTheBalanceAndOnAPaidInvoiceBecomesTheClientsCredit() {
            String client = client()[1];
            Invoice unpaid = issue(invoices, client, "95.00", "0.00");
            Invoice paid = issue(invoices, client, "60.00", "60.00");
            credit(unpaid, "20.00", 201);
            credit(paid, "15.00", 201);
            JsonNode read = admin().get("/api/v1/invoices/" + unpaid.id()).json();
            assertThat(read.get("status").asString()).isEqualTo("UNPAID");
            assertThat(read.get("balance").asString()).isEqualTo("75.00");
            JsonNode balance = admin().get("/api/v1/clients/" + client + "/balance").json();
            assertThat(balance.get("owed").asString()).isEqualTo("75.00");
            assertThat(balance.get("credit").asString()).isEqualTo("15.00");
            credit(unpaid, "75.00", 201);
            assertThat(admin().get("/api/v1/invoices/" + unpaid.id()).json().get("status").asString())
                    .isEqualTo("CREDITED");
        }

        @Test
        void moreThanTheTotalLessEarlierCreditsIs422AndBurnsNoNumber() {
            Invoice invoice = issue(invoices, client()[1], "95.00", "0.00");
            credit(invoice, "50.00", 201);
            int before = lastCreditNumber();
            field(credit(invoice, "45.01", 422), "amount");
            field(admin().post("/api/v1/invoices/" + invoice.id() + "/credit-notes", Map.of("amount", "5.00")),
                    "reason");
            field(admin().post("/api/v1/invoices/" + invoice.id() + "/credit-notes", Map.of("reason", " ",
                    "amount", "5.00")), "reason");
            field(credit(invoice, "5", 422, 5), "amount");
            field(credit(invoice, "-5.00", 422), "amount");
            assertThat(lastCreditNumber()).isEqualTo(before);
            credit(invoice, "45.00", 201);
            field(admin().post("/api/v1/invoices/" + invoice.id() + "/credit-notes", Map.of("reason", "again")),
                    "amount");
            assertThat(lastCreditNumber()).isEqualTo(before + 1);
            assertThat(admin().post("/api/v1/invoices/" + java.util.UUID.randomUUID() + "/credit-notes",
                    Map.of("reason", "x")).status()).isEqualTo(404);
        }

        private int lastCreditNumber() {
            return jdbc.sql("select coalesce(max(seq), 0) from credit_note where year = :year")
                    .param("year", java.time.LocalDate.now().getYear()).query(Integer.class).single();
        }

        private Api.Response credit(Invoice invoice, String amount, int status) {
            return credit(invoice, amount, status, null);
        }

        private Api.Response credit(Invoice invoice, String amount, int status, Object raw) {
            var response = admin().post("/api/v1/invoices/" + invoice.id() + "/credit-notes",
                    Map.of("reason", "Goodwill", "amount", raw == null ? amount : raw));
            assertThat(response.status()).as(response.toString()).isEqualTo(status);
            return response;
        }
    }

    static void field(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .as(response.toString()).contains(field);
    }
}

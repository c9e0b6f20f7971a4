package org.reliefdesk.billing.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.billing.checkout.CheckoutFixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/bookings/{id}/checkout} (API.md "Money"): the service at its price plus extras, one or several
 * payments, a package session, the visit COMPLETED in the same transaction; every refusal a 422 naming the field that
 * writes nothing and uses no invoice number.
 */
@IntegrationTest
class CheckoutApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    String[] client;
    Api desk;

    @BeforeEach
    void practice() {
        price(jdbc);
        client = Scheduling.clearedClient(port);
        desk = desk(port);
    }

    Api.Response checkout(UUID booking, Object body) {
        return desk.post("/api/v1/bookings/" + booking + "/checkout", body);
    }

    static Map<String, Object> pay(String method, String amount) {
        return amount == null ? Map.of("method", method) : Map.of("method", method, "amount", amount);
    }

    static List<String> fields(Api.Response answer) {
        List<String> fields = new ArrayList<>();
        answer.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    /** Payments taken in one checkout share their time, so they are found by method. */
    static JsonNode payment(JsonNode invoice, String method) {
        return invoice.get("payments").valueStream().filter(p -> p.get("method").asString().equals(method)).findFirst()
                .orElseThrow();
    }

    @Test
    void theServiceAndAnExtraArePaidInCashAndByCardAndTheVisitIsCompleted() {
        UUID visit = started(jdbc, client[1], "CHECKED_IN");
        var answer = checkout(visit, Map.of(
                "extras", List.of(Map.of("description", "Arnica balm", "amount", "12.50")),
                "payments", List.of(pay("CASH", "50.00"),
                        Map.of("method", "CARD", "reference", "TERM-4411"))));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        JsonNode invoice = answer.json();
        assertThat(invoice.get("status").asString()).isEqualTo("PAID");
        assertThat(invoice.get("total").asString()).isEqualTo("107.50");
        assertThat(invoice.get("paid").asString()).isEqualTo("107.50");
        assertThat(invoice.get("balance").asString()).isEqualTo("0.00");
        assertThat(invoice.get("bookingId").asString()).isEqualTo(visit.toString());
        assertThat(invoice.get("number").asString()).matches("\\d{4}-\\d{6}");
        JsonNode lines = invoice.get("lines");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("description").asString()).isEqualTo("Medical Massage, 60 minutes");
        assertThat(lines.get(0).get("unitPrice").asString()).isEqualTo(PRICE);
        assertThat(lines.get(0).get("quantity").asInt()).isEqualTo(1);
        assertThat(lines.get(0).get("serviceCode").asString()).isEqualTo(SERVICE);
        assertThat(lines.get(1).get("description").asString()).isEqualTo("Arnica balm");
        JsonNode card = payment(invoice, "CARD");
        assertThat(card.get("method").asString()).isEqualTo("CARD");
        assertThat(card.get("amount").asString()).as("the rest by default").isEqualTo("57.50");
        assertThat(card.get("reference").asString()).isEqualTo("TERM-4411");
        assertThat(status(jdbc, visit)).isEqualTo("COMPLETED");
    }

    @Test
    void aPartPaymentLeavesABalance() {
        UUID visit = started(jdbc, client[1], "BOOKED");
        var answer = checkout(visit, Map.of("payments", List.of(pay("CASH", "40.00"))));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        assertThat(answer.json().get("status").asString()).isEqualTo("PART_PAID");
        assertThat(answer.json().get("balance").asString()).isEqualTo("55.00");
        assertThat(status(jdbc, visit)).isEqualTo("COMPLETED");
    }

    @Test
    void paymentsOverTheTotalAreRefusedAndWriteNothing() {
        UUID visit = started(jdbc, client[1], "BOOKED");
        int last = lastNumber(jdbc);
        var answer = checkout(visit, Map.of("payments", List.of(pay("CASH", "90.00"), pay("CARD", "10.00"))));
        assertThat(answer.status()).as(answer.text()).isEqualTo(422);
        assertThat(fields(answer)).containsExactly("payments");
        assertThat(status(jdbc, visit)).isEqualTo("BOOKED");
        assertThat(lastNumber(jdbc)).isEqualTo(last);
    }

    @Test
    void malformedAmountsAndUnknownMethodsAreRefusedNamingTheField() {
        UUID visit = started(jdbc, client[1], "BOOKED");
        String body = """
                {"extras": [{"description": "Balm", "amount": 12.5}, {"description": "", "amount": "1.234"},
                            {"description": "Towel", "amount": "-3.00"}],
                 "payments": [{"method": "BITCOIN"}, {"method": "CASH", "amount": "abc"},
                              {"method": "CARD", "amount": "0.00"}, {"method": "PACKAGE", "packageId": "nope"}]}""";
        var answer = checkout(visit, body);
        assertThat(answer.status()).as(answer.text()).isEqualTo(422);
        assertThat(fields(answer)).contains("extras[0].amount", "extras[1].description", "extras[1].amount",
                "extras[2].amount", "payments[0].method", "payments[1].amount", "payments[2].amount",
                "payments[3].packageId");
        assertThat(status(jdbc, visit)).isEqualTo("BOOKED");
    }

    @Test
    void aClientMayNotCheckOutAndAnotherClientsVisitIsNotFound() {
        UUID visit = started(jdbc, client[1], "BOOKED");
        Api own = Api.anonymous(port).as(client[0], TestData.PASSWORD);
        assertThat(own.post("/api/v1/bookings/" + visit + "/checkout", Map.of("payments", List.of())).status())
                .isEqualTo(403);
        String[] other = Scheduling.clearedClient(port);
        assertThat(Api.anonymous(port).as(other[0], TestData.PASSWORD)
                .post("/api/v1/bookings/" + visit + "/checkout", Map.of("payments", List.of())).status()).isEqualTo(404);
        assertThat(checkout(UUID.randomUUID(), Map.of("payments", List.of())).status()).isEqualTo(404);
    }

    @Nested
    class Refusals {

        @Test
        void beforeTheStartOrForACancelledNoShowOrCompletedVisitIsA422ThatUsesNoNumber() {
            int last = lastNumber(jdbc);
            var early = checkout(upcoming(jdbc, client[1]), Map.of("payments", List.of(pay("CASH", null))));
            assertThat(early.status()).as(early.text()).isEqualTo(422);
            assertThat(fields(early)).containsExactly("booking");
            for (String status : List.of("CANCELLED", "NO_SHOW", "COMPLETED", "HELD")) {
                UUID visit = started(jdbc, client[1], status);
                var refused = checkout(visit, Map.of("payments", List.of(pay("CASH", null))));
                assertThat(refused.status()).as(status + ": " + refused.text()).isEqualTo(422);
                assertThat(fields(refused)).containsExactly("status");
                assertThat(status(jdbc, visit)).isEqualTo(status);
            }
            assertThat(lastNumber(jdbc)).isEqualTo(last);

            var next = checkout(started(jdbc, client[1], "BOOKED"), Map.of("payments", List.of(pay("CASH", null))));
            assertThat(next.status()).as(next.text()).isEqualTo(201);
            assertThat(next.json().get("number").asString()).as("the next number follows the last one")
                    .endsWith(String.format("-%06d", last + 1));
        }

        @Test
        void twoCheckoutsOfOneVisitAtOnceGiveOneInvoice() throws Exception {
            UUID visit = started(jdbc, client[1], "CHECKED_IN");
            int last = lastNumber(jdbc);
            int racers = 4;
            ExecutorService pool = Executors.newFixedThreadPool(racers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return checkout(visit, Map.of("payments", List.of(pay("CARD", null))));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                statuses.add(answer.get().status());
            }
            pool.shutdown();
            assertThat(statuses).as(statuses.toString()).containsOnlyOnce(201).allMatch(s -> s == 201 || s == 409
                    || s == 422);
            assertThat(jdbc.sql("select count(*) from invoice where booking_id = :id").param("id", visit)
                    .query(Integer.class).single()).isEqualTo(1);
            assertThat(lastNumber(jdbc)).isEqualTo(last + 1);
        }
    }

    @Nested
    class WithAPackage {

        String clientPackage;

        @BeforeEach
        void sold() {
            clientPackage = sell(desk, client[1], definePackage(port, 6, "480.00"));
        }

        Map<String, Object> packagePayment(String id) {
            return Map.of("payments", List.of(Map.of("method", "PACKAGE", "packageId", id)));
        }

        @Test
        void aPackagePaysTheServiceLineAndUsesOneSession() {
            UUID visit = started(jdbc, client[1], "CHECKED_IN");
            var answer = checkout(visit, Map.of(
                    "extras", List.of(Map.of("description", "Hot stones", "amount", "20.00")),
                    "payments", List.of(Map.of("method", "PACKAGE", "packageId", clientPackage),
                            Map.of("method", "CARD", "reference", "TERM-1"))));
            assertThat(answer.status()).as(answer.text()).isEqualTo(201);
            JsonNode invoice = answer.json();
            assertThat(invoice.get("total").asString()).isEqualTo("115.00");
            assertThat(invoice.get("status").asString()).isEqualTo("PAID");
            JsonNode session = payment(invoice, "PACKAGE");
            assertThat(session.get("amount").asString()).isEqualTo(PRICE);
            assertThat(session.get("packageId").asString()).isEqualTo(clientPackage);
            assertThat(payment(invoice, "CARD").get("amount").asString()).as("the rest by default").isEqualTo("20.00");

            var list = desk.get("/api/v1/clients/" + client[1] + "/packages");
            assertThat(list.status()).as(list.text()).isEqualTo(200);
            JsonNode mine = list.json().get("items").get(0);
            assertThat(mine.get("used").asInt()).isEqualTo(1);
            assertThat(mine.get("remaining").asInt()).isEqualTo(5);
        }

        @Test
        void aUsedUpPackageIsRefused() {
            jdbc.sql("update client_package set used = sessions where id = :id")
                    .param("id", UUID.fromString(clientPackage)).update();
            UUID visit = started(jdbc, client[1], "BOOKED");
            var refused = checkout(visit, packagePayment(clientPackage));
            assertThat(refused.status()).as(refused.text()).isEqualTo(422);
            assertThat(fields(refused)).containsExactly("payments[0].packageId");
            assertThat(refused.text()).contains("This package has no sessions left");
            assertThat(status(jdbc, visit)).isEqualTo("BOOKED");
        }

        @Test
        void anExpiredPackageIsRefused() {
            jdbc.sql("update client_package set expires_on = current_date - 1 where id = :id")
                    .param("id", UUID.fromString(clientPackage)).update();
            UUID visit = started(jdbc, client[1], "BOOKED");
            var refused = checkout(visit, packagePayment(clientPackage));
            assertThat(refused.status()).as(refused.text()).isEqualTo(422);
            assertThat(refused.text()).contains("This package expired on");
            int used = jdbc.sql("select used from client_package where id = :id")
                    .param("id", UUID.fromString(clientPackage)).query(Integer.class).single();
            assertThat(used).isZero();
        }

        @Test
        void anotherClientsPackageIsRefused() {
            String[] other = Scheduling.clearedClient(port);
            UUID visit = started(jdbc, other[1], "BOOKED");
            var refused = checkout(visit, packagePayment(clientPackage));
            assertThat(refused.status()).as(refused.text()).isEqualTo(422);
            assertThat(fields(refused)).containsExactly("payments[0].packageId");
            assertThat(refused.text()).contains("is not a package of this client");
            var unknown = checkout(visit, packagePayment(UUID.randomUUID().toString()));
            assertThat(fields(unknown)).containsExactly("payments[0].packageId");
        }
    }
}

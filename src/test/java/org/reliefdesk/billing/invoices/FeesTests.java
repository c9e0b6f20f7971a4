package org.reliefdesk.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.PastSessions;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The location's fees: raised once per booking and reason, only when above zero, waived with a credit note. */
@IntegrationTest
class FeesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNoShowMarkedTwiceRaisesOneUnpaidFeeInvoice() {
        String[] client = Scheduling.clearedClient(port);
        UUID booking = booking(client[1], Instant.now().minus(Duration.ofHours(2)), "40.00", "25.00");
        assertThat(admin().post("/api/v1/bookings/" + booking + "/no-show", null).status()).isEqualTo(200);
        assertThat(admin().post("/api/v1/bookings/" + booking + "/no-show", null).status()).isEqualTo(409);
        List<JsonNode> fees = fees(client[1]);
        assertThat(fees).singleElement().satisfies(fee -> {
            assertThat(fee.get("reason").asString()).isEqualTo("NO_SHOW_FEE");
            assertThat(fee.get("bookingId").asString()).isEqualTo(booking.toString());
            assertThat(fee.get("total").asString()).isEqualTo("40.00");
            assertThat(fee.get("status").asString()).isEqualTo("UNPAID");
        });
        JsonNode invoice = Tokens.bearer(port, client[0]).get("/api/v1/invoices/" + fees.get(0).get("id").asString())
                .json();
        assertThat(invoice.get("lines").get(0).get("description").asString()).startsWith("No-show fee")
                .contains("policy");
    }

    @Test
    void twoNoShowMarksAtOnceRaiseOneFee() throws Exception {
        String[] client = Scheduling.clearedClient(port);
        UUID booking = booking(client[1], Instant.now().minus(Duration.ofHours(2)), "40.00", "25.00");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return admin().post("/api/v1/bookings/" + booking + "/no-show", null).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(fees(client[1])).hasSize(1);
    }

    @Test
    void aLateStaffCancellationRaisesTheLateFeeAndStaffWaiveIt() {
        String[] client = Scheduling.clearedClient(port);
        UUID booking = booking(client[1], Instant.now().plus(Duration.ofHours(3)), "40.00", "25.00");
        var cancelled = admin().post("/api/v1/bookings/" + booking + "/cancel", Map.of("reason", "CLIENT_REQUEST"));
        assertThat(cancelled.json().get("lateCancellation").asBoolean()).isTrue();
        JsonNode fee = fees(client[1]).get(0);
        assertThat(fee.get("reason").asString()).isEqualTo("LATE_CANCEL_FEE");
        assertThat(fee.get("total").asString()).isEqualTo("25.00");
        var waived = admin().post("/api/v1/invoices/" + fee.get("id").asString() + "/credit-notes",
                Map.of("reason", "Waived: first late cancellation"));
        assertThat(waived.status()).isEqualTo(201);
        assertThat(admin().get("/api/v1/invoices/" + fee.get("id").asString()).json().get("status").asString())
                .isEqualTo("CREDITED");
        assertThat(admin().get("/api/v1/clients/" + client[1] + "/balance").json().get("owed").asString())
                .isEqualTo("0.00");
    }

    @Test
    void aClientCancellingOutsideTheWindowPaysNoFee() {
        String[] client = Scheduling.clearedClient(port);
        UUID booking = booking(client[1], Instant.now().plus(Duration.ofDays(5)), "40.00", "25.00");
        assertThat(Tokens.bearer(port, client[0]).post("/api/v1/bookings/" + booking + "/cancel", null).status())
                .isEqualTo(200);
        assertThat(fees(client[1])).isEmpty();
    }

    @Test
    void aZeroFeeRaisesNoInvoiceAndUsesNoNumber() {
        String[] client = Scheduling.clearedClient(port);
        UUID noShow = booking(client[1], Instant.now().minus(Duration.ofHours(2)), "0.00", "0.00");
        UUID late = booking(client[1], Instant.now().plus(Duration.ofHours(3)), "0.00", "0.00");
        assertThat(admin().post("/api/v1/bookings/" + noShow + "/no-show", null).status()).isEqualTo(200);
        assertThat(admin().post("/api/v1/bookings/" + late + "/cancel", null).status()).isEqualTo(200);
        assertThat(fees(client[1])).isEmpty();
    }

    private Api admin() {
        return Scheduling.admin(port);
    }

    /** A booking at its own location whose fees are set as given (no-show, late cancellation). */
    private UUID booking(String clientId, Instant start, String noShowFee, String lateCancelFee) {
        UUID booking = PastSessions.at(jdbc, UUID.fromString(clientId), start, "BOOKED");
        jdbc.sql("""
                update location set no_show_fee = :noShow::numeric, late_cancel_fee = :late::numeric
                where id = (select location_id from booking where id = :id)""")
                .param("noShow", noShowFee).param("late", lateCancelFee).param("id", booking).update();
        return booking;
    }

    private List<JsonNode> fees(String clientId) {
        return admin().get("/api/v1/invoices?clientId=" + clientId).json().get("items").valueStream()
                .filter(i -> i.has("reason")).toList();
    }
}

package org.reliefdesk.billing.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.billing.checkout.CheckoutFixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Packages (API.md "Money"): the admin defines them, the front desk sells one (an invoice), the client sees theirs. */
@IntegrationTest
class PackagesApiTests {

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

    @Test
    void theAdminDefinesAPackageAndStaffReadIt() {
        String id = definePackage(port, 6, "480.00");
        JsonNode one = desk.get("/api/v1/packages/" + id).json();
        assertThat(one.get("name").asString()).isEqualTo("6 × Test massage 60");
        assertThat(one.get("price").asString()).isEqualTo("480.00");
        assertThat(one.get("sessions").asInt()).isEqualTo(6);
        assertThat(one.get("validDays").asInt()).isEqualTo(180);
        JsonNode list = desk.get("/api/v1/packages?size=200").json();
        assertThat(list.get("total").asLong()).isPositive();
        assertThat(list.get("items").valueStream().map(p -> p.get("id").asString())).contains(id);
    }

    @Test
    void onlyTheAdminDefinesAndBadFieldsAreNamed() {
        var byDesk = desk.post("/api/v1/packages", Map.of("name", "x", "serviceCode", SERVICE, "sessions", 6,
                "price", "1.00", "validDays", 10));
        assertThat(byDesk.status()).isEqualTo(403);
        var bad = Scheduling.admin(port).post("/api/v1/packages", Map.of("name", "", "serviceCode", "NOPE",
                "sessions", 0, "price", 480, "validDays", 0));
        assertThat(bad.status()).as(bad.text()).isEqualTo(422);
        assertThat(bad.text()).contains("\"field\":\"name\"", "\"field\":\"serviceCode\"", "\"field\":\"sessions\"",
                "\"field\":\"price\"", "\"field\":\"validDays\"");
        var clientAsks = Api.anonymous(port).as(client[0], TestData.PASSWORD).get("/api/v1/packages");
        assertThat(clientAsks.status()).isEqualTo(403);
    }

    @Test
    void theFrontDeskSellsAPackageWithAnInvoiceAndTheClientSeesIt() {
        String packageId = definePackage(port, 6, "480.00");
        var sold = desk.post("/api/v1/clients/" + client[1] + "/packages", Map.of("packageId", packageId,
                "payments", List.of(Map.of("method", "CARD", "amount", "300.00", "reference", "T-9"))));
        assertThat(sold.status()).as(sold.text()).isEqualTo(201);
        JsonNode answer = sold.json();
        assertThat(answer.get("remaining").asInt()).isEqualTo(6);
        LocalDate expires = LocalDate.parse(answer.get("expiresOn").asString());
        assertThat(expires).isBetween(LocalDate.now().plusDays(179), LocalDate.now().plusDays(181));
        String invoiceId = answer.get("invoiceId").asString();
        var line = jdbc.sql("select description, unit_price::text, service_code from invoice_line where invoice_id = "
                + ":id").param("id", java.util.UUID.fromString(invoiceId)).query().singleRow();
        assertThat(line.get("description")).isEqualTo("6 × Test massage 60");
        assertThat(line.get("unit_price")).isEqualTo("480.00");
        assertThat(line.get("service_code")).isEqualTo(SERVICE);

        var ownAnswer = Api.anonymous(port).as(client[0], TestData.PASSWORD)
                .get("/api/v1/clients/" + client[1] + "/packages");
        assertThat(ownAnswer.status()).as(ownAnswer.text()).isEqualTo(200);
        JsonNode own = ownAnswer.json();
        assertThat(own.get("total").asLong()).isEqualTo(1);
        JsonNode p = own.get("items").get(0);
        assertThat(p.get("id").asString()).isEqualTo(answer.get("id").asString());
        assertThat(p.get("packageId").asString()).isEqualTo(packageId);
        assertThat(p.get("serviceCode").asString()).isEqualTo(SERVICE);
        assertThat(p.get("sessions").asInt()).isEqualTo(6);
        assertThat(p.get("used").asInt()).isZero();
        assertThat(p.get("remaining").asInt()).isEqualTo(6);
        assertThat(p.get("expired").asBoolean()).isFalse();
        assertThat(p.get("invoiceId").asString()).isEqualTo(invoiceId);
        assertThat(p.get("soldOn").asString()).isNotBlank();

        String[] other = Scheduling.clearedClient(port);
        assertThat(Api.anonymous(port).as(other[0], TestData.PASSWORD)
                .get("/api/v1/clients/" + client[1] + "/packages").status()).isEqualTo(404);
    }

    @Test
    void aPackageIsNotPaidWithAPackageAndAnUnknownOneIsNamed() {
        String packageId = definePackage(port, 6, "480.00");
        String mine = sell(desk, client[1], packageId);
        int last = lastNumber(jdbc);
        var byPackage = desk.post("/api/v1/clients/" + client[1] + "/packages", Map.of("packageId", packageId,
                "payments", List.of(Map.of("method", "PACKAGE", "packageId", mine))));
        assertThat(byPackage.status()).as(byPackage.text()).isEqualTo(422);
        assertThat(byPackage.text()).contains("\"field\":\"payments[0].method\"");
        var unknown = desk.post("/api/v1/clients/" + client[1] + "/packages", Map.of("packageId",
                java.util.UUID.randomUUID().toString(), "payments", List.of()));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text()).contains("\"field\":\"packageId\"");
        var tooMuch = desk.post("/api/v1/clients/" + client[1] + "/packages", Map.of("packageId", packageId,
                "payments", List.of(Map.of("method", "CASH", "amount", "480.01"))));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(lastNumber(jdbc)).isEqualTo(last);
        var byClient = Api.anonymous(port).as(client[0], TestData.PASSWORD).post("/api/v1/clients/" + client[1]
                + "/packages", Map.of("packageId", packageId, "payments", List.of()));
        assertThat(byClient.status()).isEqualTo(403);
    }
}

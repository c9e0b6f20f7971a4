package org.reliefdesk.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A service's price over the API (API.md "Money"): a JSON string with two decimals; PUT keeps what it leaves out. */
@IntegrationTest
class ServicePricesTests {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @LocalServerPort
    int port;

    private Api admin() {
        return Api.anonymous(port).as(TestData.ADMIN_EMAIL, TestData.PASSWORD);
    }

    private String aService(Map<String, Object> extra) {
        String code = "PRICED_" + NEXT.incrementAndGet();
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Priced " + code, "minutes", 60,
                "requiredSkills", List.of("MEDICAL_MASSAGE")));
        body.putAll(extra);
        var created = admin().post("/api/v1/services", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return code;
    }

    @Test
    void aNewServiceCostsNothingUntilPricedAndThePriceIsAString() {
        String code = aService(Map.of());
        assertThat(admin().get("/api/v1/services/" + code).json().get("price").isString()).isTrue();
        assertThat(admin().get("/api/v1/services/" + code).json().get("price").stringValue()).isEqualTo("0.00");
        String priced = aService(Map.of("price", "95"));
        assertThat(admin().get("/api/v1/services/" + priced).json().get("price").stringValue()).isEqualTo("95.00");
        assertThat(admin().get("/api/v1/services?size=200").text()).contains("\"price\":\"95.00\"");
    }

    @Test
    void putChangesThePriceAndKeepsEverythingItLeavesOut() {
        String code = aService(Map.of("price", "80.00", "active", false));
        var changed = admin().put("/api/v1/services/" + code, Map.of("price", "95.5"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        var service = admin().get("/api/v1/services/" + code).json();
        assertThat(service.get("price").stringValue()).isEqualTo("95.50");
        assertThat(service.get("name").stringValue()).isEqualTo("Priced " + code);
        assertThat(service.get("minutes").asInt()).isEqualTo(60);
        assertThat(service.get("requiredSkills").toString()).isEqualTo("[\"MEDICAL_MASSAGE\"]");
        assertThat(service.get("active").asBoolean()).isFalse();

        admin().put("/api/v1/services/" + code, Map.of("name", "Renamed", "minutes", 90));
        service = admin().get("/api/v1/services/" + code).json();
        assertThat(service.get("price").stringValue()).as("a PUT without price keeps it").isEqualTo("95.50");
        assertThat(service.get("name").stringValue()).isEqualTo("Renamed");
        assertThat(service.get("minutes").asInt()).isEqualTo(90);
    }

    @Test
    void aMalformedPriceIsA422NamingItAndWritesNothing() {
        String code = aService(Map.of("price", "40.00"));
        for (Object bad : List.of(95, 95.5, "abc", "1.234", "-5.00", "", "1e3", "12345678901.00")) {
            var refused = admin().put("/api/v1/services/" + code, Map.of("price", bad, "name", "Changed"));
            assertThat(refused.status()).as("price " + bad).isEqualTo(422);
            assertThat(refused.text()).contains("\"field\":\"price\"");
        }
        var service = admin().get("/api/v1/services/" + code).json();
        assertThat(service.get("price").stringValue()).isEqualTo("40.00");
        assertThat(service.get("name").stringValue()).isEqualTo("Priced " + code);

        var both = admin().post("/api/v1/services", Map.of("code", "x", "name", "X", "minutes", 60, "price", 10));
        assertThat(both.status()).isEqualTo(422);
        assertThat(both.text()).contains("\"field\":\"price\"", "\"field\":\"code\"");
    }

    @Test
    void onlyAnAdminPricesAService() {
        String code = aService(Map.of("price", "50.00"));
        String client = TestData.uniqueEmail("price");
        TestData.registerClient(Api.anonymous(port), client);
        var refused = Api.anonymous(port).as(client, TestData.PASSWORD).put("/api/v1/services/" + code,
                Map.of("price", "1.00"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/services/" + code).json().get("price").stringValue()).isEqualTo("50.00");
    }
}

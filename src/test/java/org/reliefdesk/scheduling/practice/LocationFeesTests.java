package org.reliefdesk.scheduling.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A location's late-cancellation and no-show fees over the API: amounts as strings, 0.00 unless set. */
@IntegrationTest
class LocationFeesTests {

    @LocalServerPort
    int port;

    private Api admin() {
        return Api.anonymous(port).as(TestData.ADMIN_EMAIL, TestData.PASSWORD);
    }

    private Map<String, Object> location(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Fees clinic " + TestData.uniqueEmail("f"),
                "timeZone", "America/New_York", "rooms", List.of(Map.of("name", "Room 1"))));
        body.putAll(extra);
        return body;
    }

    @Test
    void feesAreZeroUnlessSetAndReadAsStrings() {
        JsonNode plain = admin().post("/api/v1/locations", location(Map.of())).json();
        assertThat(plain.get("lateCancelFee").stringValue()).isEqualTo("0.00");
        assertThat(plain.get("noShowFee").stringValue()).isEqualTo("0.00");

        var created = admin().post("/api/v1/locations", location(Map.of("lateCancelFee", "40", "noShowFee", "60.00")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").stringValue();
        JsonNode read = admin().get("/api/v1/locations/" + id).json();
        assertThat(read.get("lateCancelFee").stringValue()).isEqualTo("40.00");
        assertThat(read.get("noShowFee").stringValue()).isEqualTo("60.00");
    }

    @Test
    void anUpdateSetsAFeeAndKeepsTheOneItLeavesOut() {
        var created = admin().post("/api/v1/locations", location(Map.of("lateCancelFee", "40.00", "noShowFee", "60.00")));
        String id = created.json().get("id").stringValue();
        Map<String, Object> body = location(Map.of("noShowFee", "75.50"));
        body.put("rooms", created.json().get("rooms"));
        var updated = admin().put("/api/v1/locations/" + id, body);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("noShowFee").stringValue()).isEqualTo("75.50");
        assertThat(updated.json().get("lateCancelFee").stringValue()).isEqualTo("40.00");
    }

    @Test
    void aMalformedFeeIsA422NamingItAndWritesNothing() {
        String name = "Refused clinic " + TestData.uniqueEmail("r");
        for (Object bad : List.of(40, "abc", "1.234", "-5.00")) {
            var refused = admin().post("/api/v1/locations", location(Map.of("name", name, "lateCancelFee", bad,
                    "noShowFee", bad)));
            assertThat(refused.status()).as("fee " + bad).isEqualTo(422);
            assertThat(refused.text()).contains("\"field\":\"lateCancelFee\"", "\"field\":\"noShowFee\"");
        }
        var withOthers = admin().post("/api/v1/locations", location(Map.of("timeZone", "+05:00", "noShowFee", "x")));
        assertThat(withOthers.text()).contains("\"field\":\"noShowFee\"", "\"field\":\"timeZone\"");
        assertThat(admin().get("/api/v1/locations?size=200").text()).doesNotContain(name);

        var created = admin().post("/api/v1/locations", location(Map.of("noShowFee", "60.00")));
        String id = created.json().get("id").stringValue();
        Map<String, Object> body = location(Map.of("noShowFee", 61));
        body.put("rooms", created.json().get("rooms"));
        assertThat(admin().put("/api/v1/locations/" + id, body).status()).isEqualTo(422);
        assertThat(admin().get("/api/v1/locations/" + id).json().get("noShowFee").stringValue()).isEqualTo("60.00");
    }
}

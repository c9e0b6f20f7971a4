package org.reliefdesk.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.audit.AuditLog;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.reliefdesk.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class DiaryApiTests {

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;
    Api client;
    String clientId;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() {
        String email = TestData.uniqueEmail("diary");
        clientId = TestData.registerClient(Api.anonymous(port), email);
        client = Tokens.bearer(port, email);
    }

    static Map<String, Object> headache(int peak, double hours, List<String> meds) {
        return Map.of("headache", true, "peakIntensity", peak, "durationHours", hours, "acuteMedication", meds,
                "triggers", List.of("STRESS"));
    }

    String day(LocalDate date) {
        return "/api/v1/clients/" + clientId + "/diary/" + date;
    }

    static List<String> errorFields(Api.Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    @Test
    void putIsIdempotentPerDate201ThenReplaced200() {
        var created = client.put(day(today), headache(6, 3.5, List.of("TRIPTAN")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("durationHours").asDouble()).isEqualTo(3.5);
        var replaced = client.put(day(today), Map.of("headache", false));
        assertThat(replaced.status()).isEqualTo(200);
        JsonNode list = client.get("/api/v1/clients/" + clientId + "/diary?from=" + today + "&to=" + today).json();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("headache").asBoolean()).isFalse();
        assertThat(list.get("items").get(0).get("date").asString()).isEqualTo(today.toString());
    }

    @Test
    void listsARangeOldestFirstAndPages() {
        for (int i = 0; i < 5; i++) {
            assertThat(client.put(day(today.minusDays(i)), Map.of("headache", false)).status()).isEqualTo(201);
        }
        var page = client.get("/api/v1/clients/" + clientId + "/diary?from=" + today.minusDays(3) + "&to=" + today
                + "&size=2&page=1").json();
        assertThat(page.get("total").asLong()).isEqualTo(4);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("date").asString()).isEqualTo(today.minusDays(1).toString());
        assertThat(client.get("/api/v1/clients/" + clientId + "/diary?from=" + today + "&to=" + today.minusDays(1))
                .status()).isEqualTo(422);
    }

    @Nested
    class Refusals {

        @Test
        void futureAndTooOldDatesAre422NamingTheDate() {
            var future = client.put(day(today.plusDays(1)), Map.of("headache", false));
            assertThat(future.status()).isEqualTo(422);
            assertThat(errorFields(future)).containsExactly("date");
            var old = client.put(day(today.minusDays(366)), Map.of("headache", false));
            assertThat(old.status()).isEqualTo(422);
            assertThat(client.put(day(today.minusDays(365)), Map.of("headache", false)).status()).isEqualTo(201);
            var notADate = client.put("/api/v1/clients/" + clientId + "/diary/2026-02-30", Map.of("headache", false));
            assertThat(notADate.status()).isEqualTo(422);
        }

        @Test
        void missingDetailsOnAHeadacheDayAreOneErrorPerField() {
            var response = client.put(day(today), Map.of("headache", true));
            assertThat(response.status()).isEqualTo(422);
            assertThat(errorFields(response))
                    .containsExactlyInAnyOrder("peakIntensity", "durationHours", "acuteMedication", "triggers");
        }

        @Test
        void wrongCodesAndNumbersAre422NotGuesses() {
            Map<String, Object> body = new HashMap<>(headache(5, 2, List.of("NONE")));
            body.put("peakIntensity", 5.5);
            body.put("durationHours", 80);
            var response = client.put(day(today), body);
            assertThat(response.status()).isEqualTo(422);
            assertThat(errorFields(response)).containsExactlyInAnyOrder("peakIntensity", "durationHours",
                    "acuteMedication");
            var range = client.put(day(today), headache(5, 80, List.of()));
            assertThat(errorFields(range)).containsExactly("durationHours");
            Map<String, Object> infinite = new HashMap<>(headache(5, 2, List.of()));
            infinite.put("durationHours", new java.math.BigDecimal("1e400"));
            assertThat(errorFields(client.put(day(today), infinite))).containsExactly("durationHours");
            assertThat(client.get("/api/v1/clients/" + clientId + "/diary").json().get("total").asLong()).isZero();
        }

        @Test
        void valuesOfTheWrongJsonTypeAre400NamingEachField() {
            Map<String, Object> body = new HashMap<>(headache(5, 2, List.of()));
            body.put("headache", "yes");
            body.put("durationHours", "2");
            body.put("triggers", "STRESS");
            var response = client.put(day(today), body);
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("type").asString()).isEqualTo("about:blank");
            assertThat(errorFields(response)).containsExactlyInAnyOrder("headache", "durationHours", "triggers");
            assertThat(client.put(day(today), List.of(1, 2)).status()).isEqualTo(400);
        }
    }

    @Nested
    class Access {

        @Test
        void anotherClientGets404AndFrontDesk403() {
            client.put(day(today), Map.of("headache", false));
            String other = TestData.uniqueEmail("other");
            TestData.registerClient(Api.anonymous(port), other);
            Api stranger = Api.anonymous(port).as(other, TestData.PASSWORD);
            assertThat(stranger.get("/api/v1/clients/" + clientId + "/diary").status()).isEqualTo(404);
            assertThat(stranger.put(day(today), Map.of("headache", false)).status()).isEqualTo(404);
            Api frontDesk = Api.anonymous(port).as(TestData.createStaff(Api.anonymous(port), "FRONT_DESK"),
                    TestData.PASSWORD);
            assertThat(frontDesk.get("/api/v1/clients/" + clientId + "/diary").status()).isEqualTo(403);
            assertThat(frontDesk.put(day(today), Map.of("headache", false)).status()).isEqualTo(403);
        }

        @Test
        void aTherapistReadsTheDiaryAndTheReadIsAudited() {
            client.put(day(today), Map.of("headache", false));
            Api therapist = Api.anonymous(port).as(TestData.createStaff(Api.anonymous(port), "THERAPIST"),
                    TestData.PASSWORD);
            assertThat(therapist.get("/api/v1/clients/" + clientId + "/diary").json().get("total").asLong())
                    .isEqualTo(1);
            assertThat(audit.list(UUID.fromString(clientId), "READ_DIARY", PageParams.of(0, 10)).total())
                    .isEqualTo(1);
        }
    }

    @Test
    void remindsAtAChosenHourOrNever() {
        String path = "/api/v1/clients/" + clientId + "/diary-reminder";
        assertThat(client.get(path).json().get("hour").isNull()).isTrue();
        assertThat(client.put(path, Map.of("hour", 20)).status()).isEqualTo(200);
        assertThat(client.get(path).json().get("hour").asInt()).isEqualTo(20);
        assertThat(client.put(path, Map.of("hour", 24)).status()).isEqualTo(422);
        assertThat(client.put(path, "{\"hour\": null}").status()).isEqualTo(200);
        assertThat(client.get(path).json().get("hour").isNull()).isTrue();
    }
}

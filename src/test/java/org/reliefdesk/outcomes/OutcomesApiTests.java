package org.reliefdesk.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.PastSessions;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.reliefdesk.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class OutcomesApiTests {

    static final Map<String, Object> MIDAS = Map.of("q1", 2, "q2", 3, "q3", 1, "q4", 2, "q5", 1, "a", 20, "b", 6);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api client;
    String clientId;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() {
        String email = TestData.uniqueEmail("outcomes");
        clientId = TestData.registerClient(Api.anonymous(port), email);
        client = Tokens.bearer(port, email);
    }

    void log(LocalDate date, boolean headache, String... medicine) {
        Map<String, Object> body = headache
                ? Map.of("headache", true, "peakIntensity", 6, "durationHours", 5, "acuteMedication", List.of(medicine),
                        "triggers", List.of())
                : Map.of("headache", false, "acuteMedication", List.of(medicine));
        assertThat(client.put("/api/v1/clients/" + clientId + "/diary/" + date, body).status()).isIn(200, 201);
    }

    @Test
    void comparesTheBaselineWithTheLatestWindowForAGivenCourseStart() {
        LocalDate start = today.minusDays(40);
        for (int i = 1; i <= 28; i++) {
            log(start.minusDays(i), i % 2 == 0);
        }
        for (int i = 0; i < 28; i++) {
            log(today.minusDays(i), i % 4 == 0);
        }
        JsonNode outcome = client.get("/api/v1/clients/" + clientId + "/outcomes?courseStart=" + start).json();
        assertThat(outcome.get("baseline").get("headacheDays").asInt()).isEqualTo(14);
        assertThat(outcome.get("current").get("headacheDays").asInt()).isEqualTo(7);
        assertThat(outcome.get("current").get("loggedDays").asInt()).isEqualTo(28);
        assertThat(outcome.get("headacheDaysChangePercent").asDouble()).isEqualTo(-50.0);
        assertThat(outcome.get("responder50").asBoolean()).isTrue();
        assertThat(outcome.get("medicationOveruseWarning").asBoolean()).isFalse();
        assertThat(outcome.get("caveat").asString()).contains("not proof");
    }

    @Test
    void theCourseStartsByDefaultAtTheFirstAttendedSession() {
        PastSessions.on(jdbc, clientId, today.minusDays(50), "CANCELLED");
        PastSessions.on(jdbc, clientId, today.minusDays(45), "NO_SHOW");
        PastSessions.on(jdbc, clientId, today.minusDays(30), "BOOKED");
        PastSessions.on(jdbc, clientId, today.minusDays(23), "BOOKED");
        for (int i = 0; i <= 58; i++) {
            log(today.minusDays(i), i % 3 == 0);
        }
        JsonNode outcome = client.get("/api/v1/clients/" + clientId + "/outcomes").json();
        assertThat(outcome.get("courseStart").asString()).isEqualTo(today.minusDays(30).toString());
        assertThat(outcome.get("courseStartSource").asString()).isEqualTo("FIRST_ATTENDED_SESSION");
        assertThat(outcome.get("baseline").get("from").asString()).isEqualTo(today.minusDays(58).toString());
        assertThat(outcome.get("baseline").get("loggedDays").asInt()).isEqualTo(28);
        assertThat(outcome.get("insufficientData").asBoolean()).isFalse();
    }

    @Test
    void theIntakeGivesTheMidasBaselineAndACheckInTheLatest() {
        assertThat(client.post("/api/v1/clients/" + clientId + "/intake", IntakeFixtures.episodicMigraine())
                .status()).isEqualTo(201);
        client.post("/api/v1/clients/" + clientId + "/midas", MIDAS);
        JsonNode midas = client.get("/api/v1/clients/" + clientId + "/outcomes").json().get("midas");
        assertThat(midas.get("baseline").asInt()).isEqualTo(11);
        assertThat(midas.get("baselineGrade").asString()).isEqualTo("III");
        assertThat(midas.get("latest").asInt()).isEqualTo(9);
        assertThat(midas.get("change").asInt()).isEqualTo(-2);
    }

    @Test
    void withoutAnyCourseStartBothWindowsAreNullAndDataInsufficient() {
        log(today, true, "TRIPTAN");
        JsonNode outcome = client.get("/api/v1/clients/" + clientId + "/outcomes").json();
        assertThat(outcome.get("baseline").isNull()).isTrue();
        assertThat(outcome.get("current").isNull()).isTrue();
        assertThat(outcome.get("insufficientData").asBoolean()).isTrue();
        assertThat(outcome.get("headacheDaysChangePercent").isNull()).isTrue();
        assertThat(outcome.get("medicationOveruse").get("acuteMedicationDays").asInt()).isEqualTo(1);
    }

    @Test
    void warnsOfMedicationOveruseOverTheLastThirtyDays() {
        for (int i = 0; i < 10; i++) {
            log(today.minusDays(i * 3L), i % 2 == 0, "TRIPTAN");
        }
        JsonNode outcome = client.get("/api/v1/clients/" + clientId + "/outcomes").json();
        assertThat(outcome.get("medicationOveruseWarning").asBoolean()).isTrue();
        assertThat(outcome.get("medicationOveruse").get("thresholdDays").asInt()).isEqualTo(10);
    }

    @Test
    void badParametersAre422() {
        String path = "/api/v1/clients/" + clientId + "/outcomes";
        assertThat(client.get(path + "?courseStart=" + today.plusDays(1)).status()).isEqualTo(422);
        assertThat(client.get(path + "?courseStart=yesterday").status()).isEqualTo(422);
        assertThat(client.get(path + "?baselineDays=3").status()).isEqualTo(422);
        assertThat(client.get(path + "?baselineDays=many").status()).isEqualTo(422);
        assertThat(client.get(path + "?baselineDays=14").status()).isEqualTo(200);
    }

    @Nested
    class MidasCheckIns {

        @Test
        void aCheckInIsScoredReadBackAndBecomesTheLatestMidas() {
            var created = client.post("/api/v1/clients/" + clientId + "/midas", MIDAS);
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().get("score").asInt()).isEqualTo(9);
            assertThat(created.json().get("grade").asString()).isEqualTo("II");
            String id = created.json().get("id").asString();
            assertThat(client.get("/api/v1/clients/" + clientId + "/midas/" + id).json().get("a").asInt())
                    .isEqualTo(20);
            assertThat(client.get("/api/v1/clients/" + clientId + "/midas").json().get("total").asLong()).isEqualTo(1);
            JsonNode midas = client.get("/api/v1/clients/" + clientId + "/outcomes").json().get("midas");
            assertThat(midas.get("latest").asInt()).isEqualTo(9);
        }

        @Test
        void everyMissingMistypedOrOutOfRangeAnswerIsNamed() {
            Map<String, Object> body = new HashMap<>(MIDAS);
            body.remove("q1");
            body.put("q2", "three");
            body.put("q3", 93);
            body.put("b", 11);
            body.put("a", 2.5);
            var response = client.post("/api/v1/clients/" + clientId + "/midas", body);
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                    .containsExactlyInAnyOrder("q1", "q2", "q3", "a", "b");
        }
    }

    @Test
    void anotherClientGets404AndFrontDesk403() {
        String other = TestData.uniqueEmail("nosy");
        TestData.registerClient(Api.anonymous(port), other);
        Api nosy = Api.anonymous(port).as(other, TestData.PASSWORD);
        assertThat(nosy.get("/api/v1/clients/" + clientId + "/outcomes").status()).isEqualTo(404);
        assertThat(nosy.post("/api/v1/clients/" + clientId + "/midas", MIDAS).status()).isEqualTo(404);
        Api frontDesk = Api.anonymous(port).as(TestData.createStaff(Api.anonymous(port), "FRONT_DESK"),
                TestData.PASSWORD);
        assertThat(frontDesk.get("/api/v1/clients/" + clientId + "/outcomes").status()).isEqualTo(403);
        assertThat(frontDesk.get("/api/v1/clients/" + clientId + "/midas").status()).isEqualTo(403);
        Api therapist = Api.anonymous(port).as(TestData.createStaff(Api.anonymous(port), "THERAPIST"),
                TestData.PASSWORD);
        assertThat(therapist.get("/api/v1/clients/" + clientId + "/outcomes").status()).isEqualTo(200);
    }
}

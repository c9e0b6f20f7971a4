package org.reliefdesk.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.PastSessions;
import org.reliefdesk.support.TestData;
import org.reliefdesk.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PracticeReportApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyAdministratorsSeeThePracticeReport() {
        Api therapist = Api.anonymous(port).as(TestData.createStaff(Api.anonymous(port), "THERAPIST"), TestData.PASSWORD);
        assertThat(therapist.get("/api/v1/reports/practice").status()).isEqualTo(403);
        assertThat(therapist.get("/api/v1/reports/practice.csv").status()).isEqualTo(403);
        String email = TestData.uniqueEmail("reporter");
        TestData.registerClient(Api.anonymous(port), email);
        assertThat(Api.anonymous(port).as(email, TestData.PASSWORD).get("/api/v1/reports/practice").status())
                .isEqualTo(403);
    }

    @Test
    void aClientWithAnAttendedSessionAndAFullDiaryCountsRightAfterTheWrite() {
        Api admin = Tokens.bearer(port, TestData.ADMIN_EMAIL);
        JsonNode before = admin.get("/api/v1/reports/practice").json().get("practice");

        String email = TestData.uniqueEmail("in-course");
        String clientId = TestData.registerClient(Api.anonymous(port), email);
        LocalDate today = LocalDate.now();
        PastSessions.on(jdbc, clientId, today.minusDays(30), "BOOKED");
        Api client = Tokens.bearer(port, email);
        for (int i = 0; i <= 58; i++) {
            client.put("/api/v1/clients/" + clientId + "/diary/" + today.minusDays(i), Map.of("headache", false));
        }
        JsonNode after = admin.get("/api/v1/reports/practice").json().get("practice");
        assertThat(after.get("clientsInCourse").asInt()).isEqualTo(before.get("clientsInCourse").asInt() + 1);
        assertThat(after.get("withEnoughDiaryData").asInt()).isEqualTo(before.get("withEnoughDiaryData").asInt() + 1);

        var csv = admin.get("/api/v1/reports/practice.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).startsWith("group,clients_in_course").doesNotContain(email, "Test Client", "1985-06-15");
    }
}

package org.reliefdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.PastSessions;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Every staff read of clinical data is audited naming the record read: its kind and its own id. */
@IntegrationTest
class AuditResourceTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void staffReadsOfAnIntakeAPlanAndANoteNameTheRecordRead() {
        Api anonymous = Api.anonymous(port);
        String clientEmail = TestData.uniqueEmail("audited-record");
        String clientId = TestData.registerClient(anonymous, clientEmail);
        Api client = anonymous.as(clientEmail, TestData.PASSWORD);
        String therapistEmail = TestData.createStaff(anonymous, "THERAPIST");
        Api therapist = anonymous.as(therapistEmail, TestData.PASSWORD);
        assertThat(IntakeFixtures.submit(client, clientId, IntakeFixtures.episodicMigraine()).status()).isEqualTo(201);
        JsonNode intake = client.get("/api/v1/clients/" + clientId + "/intakes").json().get("items").get(0);

        assertThat(therapist.get("/api/v1/clients/" + clientId + "/intakes/" + intake.get("version").asInt())
                .status()).isEqualTo(200);
        var plan = therapist.post("/api/v1/clients/" + clientId + "/plans", Map.of("serviceCode", "MEDICAL_MASSAGE_60"));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        String planId = plan.json().get("id").asString();
        assertThat(therapist.get("/api/v1/plans/" + planId).status()).isEqualTo(200);
        UUID booking = PastSessions.with(jdbc, clientId, LocalDate.now().minusDays(1), "BOOKED", therapistEmail);
        var note = therapist.post("/api/v1/bookings/" + booking + "/note", Map.of("subjective", "Better this week",
                "objective", "Tender upper trapezius", "assessment", "Improving", "plan", "Repeat in a week",
                "painBefore", 5, "painAfter", 2, "techniquesUsed",
                List.of(Map.of("technique", "CONSULTATION", "minutes", 5))));
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        assertThat(therapist.get("/api/v1/bookings/" + booking + "/note").status()).isEqualTo(200);

        List<JsonNode> items = anonymous.as(TestData.ADMIN_EMAIL, TestData.PASSWORD)
                .get("/api/v1/audit?clientId=" + clientId + "&size=200").json().get("items").valueStream().toList();
        assertRead(items, "READ_INTAKE", "INTAKE", intake.get("intakeId").asString(), therapistEmail, clientId);
        assertRead(items, "READ_PLAN", "PLAN", planId, therapistEmail, clientId);
        assertRead(items, "READ_NOTE", "NOTE", note.json().get("id").asString(), therapistEmail, clientId);
        assertRead(items, "PLAN_PROPOSED", "PLAN", planId, therapistEmail, clientId);
        assertThat(items).noneMatch(i -> i.get("actor").asString().equals(clientEmail)
                && i.get("action").asString().startsWith("READ_"));
    }

    private static void assertRead(List<JsonNode> items, String action, String resource, String resourceId,
            String actor, String clientId) {
        assertThat(items).as(action).anySatisfy(item -> {
            assertThat(item.get("action").asString()).isEqualTo(action);
            assertThat(item.get("resource").asString()).isEqualTo(resource);
            assertThat(item.get("resourceId").asString()).isEqualTo(resourceId);
            assertThat(item.get("actor").asString()).isEqualTo(actor);
            assertThat(item.get("clientId").asString()).isEqualTo(clientId);
            assertThat(item.get("at").asString()).isNotBlank();
        });
    }
}

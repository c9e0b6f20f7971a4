package org.reliefdesk.charting;

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
import org.reliefdesk.support.PastSessions;
import org.reliefdesk.support.TestData;
import org.reliefdesk.support.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SessionNotesApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    String clientId;
    String clientEmail;
    String therapistEmail;
    Api therapist;
    String note;

    @BeforeEach
    void setUp() {
        clientEmail = TestData.uniqueEmail("noted");
        clientId = TestData.registerClient(Api.anonymous(port), clientEmail);
        therapistEmail = TestData.createStaff(Api.anonymous(port), "THERAPIST");
        therapist = as(therapistEmail);
        UUID booking = PastSessions.with(jdbc, clientId, LocalDate.now().minusDays(1), "BOOKED", therapistEmail);
        note = "/api/v1/bookings/" + booking + "/note";
    }

    Api as(String email) {
        return Api.anonymous(port).as(email, TestData.PASSWORD);
    }

    static Map<String, Object> soap() {
        Map<String, Object> body = new HashMap<>();
        body.put("subjective", "Two migraines since last visit, both on workdays.");
        body.put("objective", "Active trigger point in right upper trapezius reproducing temple pain.");
        body.put("assessment", "Myofascial contribution to migraine likely.");
        body.put("plan", "Repeat in one week; posture breaks at work.");
        body.put("painBefore", 5);
        body.put("painAfter", 2);
        body.put("techniquesUsed", List.of(Map.of("technique", "TRIGGER_POINT", "area", "SHOULDERS", "minutes", 20),
                Map.of("technique", "CONSULTATION", "minutes", 5)));
        return body;
    }

    @Test
    void theTreatingTherapistWritesEditsAndSignsThenTheNoteIsLocked() {
        var created = therapist.post(note, soap());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
        Map<String, Object> edited = soap();
        edited.put("painAfter", 1);
        edited.put("adverseReaction", "Mild soreness for a day");
        assertThat(therapist.put(note, edited).json().get("painAfter").asInt()).isEqualTo(1);

        JsonNode signed = therapist.post(note + "/sign", null).json();
        assertThat(signed.get("status").asString()).isEqualTo("SIGNED");
        assertThat(signed.get("signedAt").isNull()).isFalse();
        assertThat(signed.get("signedBy").get("name").asString()).isEqualTo("Staff THERAPIST");
        assertThat(signed.get("signedBy").get("role").asString()).isEqualTo("THERAPIST");

        assertThat(therapist.put(note, soap()).status()).isEqualTo(409);
        assertThat(therapist.post(note + "/sign", null).status()).isEqualTo(409);
        assertThat(therapist.post(note, soap()).status()).isEqualTo(409);
        assertThat(therapist.get(note).json().get("painAfter").asInt()).isEqualTo(1);
    }

    @Test
    void amendmentsKeepTheOriginalAndSayWhoAndWhen() {
        therapist.post(note, soap());
        assertThat(therapist.post(note + "/amendments", Map.of("text", "Too early")).status()).isEqualTo(409);
        therapist.post(note + "/sign", null);
        var amendment = therapist.post(note + "/amendments", Map.of("text", "Pain after was 3, not 2."));
        assertThat(amendment.status()).isEqualTo(201);
        assertThat(amendment.json().get("signedBy").get("role").asString()).isEqualTo("THERAPIST");
        String id = amendment.json().get("id").asString();
        assertThat(therapist.get(note + "/amendments/" + id).json().get("text").asString())
                .isEqualTo("Pain after was 3, not 2.");
        var admin = as(TestData.ADMIN_EMAIL).post(note + "/amendments", Map.of("text", "Reviewed."));
        assertThat(admin.status()).isEqualTo(201);

        JsonNode read = therapist.get(note).json();
        assertThat(read.get("painAfter").asInt()).isEqualTo(2);
        assertThat(read.get("amendments").size()).isEqualTo(2);
        assertThat(read.get("amendments").get(1).get("signedBy").get("role").asString()).isEqualTo("ADMIN");
        assertThat(therapist.post(note + "/amendments", Map.of("text", " ")).status()).isEqualTo(422);
    }

    @Test
    void techniquesArePrefilledFromThePlanInForce() {
        TestPlans.set(clientId, "TRIGGER_POINT");
        Map<String, Object> body = soap();
        body.remove("techniquesUsed");
        JsonNode created = therapist.post(note, body).json();
        assertThat(created.get("techniquesUsed").valueStream().map(t -> t.get("technique").asString()))
                .containsExactly("TRIGGER_POINT", "KNEADING");
    }

    @Test
    void everyBrokenFieldIsNamed() {
        Map<String, Object> body = soap();
        body.remove("subjective");
        body.put("painBefore", 11);
        body.put("painAfter", 2.5);
        body.put("techniquesUsed", List.of(Map.of("technique", "CUPPING", "area", "SHOULDERS", "minutes", 0)));
        var response = therapist.post(note, body);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("subjective", "painBefore", "painAfter", "techniquesUsed[0].technique",
                        "techniquesUsed[0].minutes");
    }

    @Test
    void valuesOfTheWrongJsonTypeAre400NamingEachField() {
        Map<String, Object> body = soap();
        body.put("painAfter", "low");
        body.put("techniquesUsed", "kneading");
        var response = therapist.post(note, body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("painAfter", "techniquesUsed");
        assertThat(therapist.get(note).status()).isEqualTo(404);
    }

    @Nested
    class Roles {

        @Test
        void frontDeskNeverReadsNotesAndOtherTherapistsDoNotWrite() {
            therapist.post(note, soap());
            Api frontDesk = as(TestData.createStaff(Api.anonymous(port), "FRONT_DESK"));
            assertThat(frontDesk.get(note).status()).isEqualTo(403);
            assertThat(frontDesk.post(note + "/sign", null).status()).isEqualTo(403);
            Api colleague = as(TestData.createStaff(Api.anonymous(port), "THERAPIST"));
            assertThat(colleague.get(note).status()).isEqualTo(200);
            assertThat(colleague.put(note, soap()).status()).isEqualTo(403);
            assertThat(colleague.post(note + "/sign", null).status()).isEqualTo(403);
            assertThat(as(TestData.ADMIN_EMAIL).put(note, soap()).status()).isEqualTo(200);
        }

        @Test
        void theClientReadsTheirOwnNoteButNeverWritesAndOthersSeeNothing() {
            therapist.post(note, soap());
            Api client = as(clientEmail);
            assertThat(client.get(note).status()).isEqualTo(200);
            assertThat(client.put(note, soap()).status()).isEqualTo(403);
            String stranger = TestData.uniqueEmail("stranger");
            TestData.registerClient(Api.anonymous(port), stranger);
            assertThat(as(stranger).get(note).status()).isEqualTo(404);
            assertThat(as(stranger).post(note + "/sign", null).status()).isEqualTo(404);
        }

        @Test
        void staffReadsAreAudited() {
            therapist.post(note, soap());
            long before = audit.list(UUID.fromString(clientId), "READ_NOTE", PageParams.of(0, 1)).total();
            therapist.get(note);
            assertThat(audit.list(UUID.fromString(clientId), "READ_NOTE", PageParams.of(0, 1)).total())
                    .isEqualTo(before + 1);
        }
    }

    @Test
    void aCancelledBookingHasNoSessionToDocument() {
        UUID cancelled = PastSessions.with(jdbc, clientId, LocalDate.now().minusDays(3), "CANCELLED", therapistEmail);
        var response = therapist.post("/api/v1/bookings/" + cancelled + "/note", soap());
        assertThat(response.status()).isEqualTo(422);
        assertThat(therapist.get("/api/v1/bookings/" + UUID.randomUUID() + "/note").status()).isEqualTo(404);
    }

    @Test
    void theDatabaseItselfRefusesToChangeASignedNote() {
        therapist.post(note, soap());
        therapist.post(note + "/sign", null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "update session_note set plan = 'changed' where client_id = :c").param("c", UUID.fromString(clientId))
                .update()).hasMessageContaining("signed");
    }
}

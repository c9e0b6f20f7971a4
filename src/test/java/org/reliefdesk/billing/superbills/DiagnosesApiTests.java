package org.reliefdesk.billing.superbills;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reliefdesk.audit.AuditLog;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class DiagnosesApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    String clientEmail;
    String clientId;
    String path;
    Api therapist;

    @BeforeEach
    void setUp() {
        clientEmail = TestData.uniqueEmail("diagnosed");
        clientId = TestData.registerClient(Api.anonymous(port), clientEmail);
        therapist = as(TestData.createStaff(Api.anonymous(port), "THERAPIST"));
        path = "/api/v1/clients/" + clientId + "/diagnoses";
    }

    Api as(String email) {
        return Api.anonymous(port).as(email, TestData.PASSWORD);
    }

    static Map<String, Object> letter(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("description", "Migraine without aura, not intractable");
        body.put("diagnosedBy", "Dr. Ana Ruiz, MD");
        body.put("diagnosedOn", LocalDate.now().minusDays(30).toString());
        return body;
    }

    long onFile() {
        return jdbc.sql("select count(*) from diagnosis where client_id = :c").param("c", UUID.fromString(clientId))
                .query(Long.class).single();
    }

    @Test
    void aTherapistEntersTheDiagnosisFromTheLetterAndTheClientSeesIt() {
        var created = therapist.post(path, letter("G43.009"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode d = created.json();
        assertThat(d.get("code").asString()).isEqualTo("G43.009");
        assertThat(d.get("diagnosedBy").asString()).isEqualTo("Dr. Ana Ruiz, MD");
        assertThat(d.get("enteredBy").asString()).isEqualTo("Staff THERAPIST");
        assertThat(d.get("id").asString()).isNotBlank();

        JsonNode mine = as(clientEmail).get(path).json();
        assertThat(mine.get("total").asInt()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("code").asString()).isEqualTo("G43.009");
        assertThat(audit.list(UUID.fromString(clientId), "ADD_DIAGNOSIS", PageParams.of(0, 5)).total()).isEqualTo(1);
    }

    @Test
    void anAdminMayEnterOneAndLowerCaseIsTakenInUpperCase() {
        var created = Api.anonymous(port).as(TestData.ADMIN_EMAIL, TestData.PASSWORD).post(path, letter(" g44.41 "));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("code").asString()).isEqualTo("G44.41");
        assertThat(therapist.post(path, letter("M54.2")).status()).isEqualTo(201);
    }

    @Test
    void aStaffReadIsAudited() {
        therapist.post(path, letter("M54.2"));
        assertThat(therapist.get(path).json().get("items").size()).isEqualTo(1);
        assertThat(audit.list(UUID.fromString(clientId), "READ_DIAGNOSES", PageParams.of(0, 5)).total()).isEqualTo(1);
    }

    @Nested
    class Refused {

        @ParameterizedTest
        @ValueSource(strings = {"G43009x", "123", "G43009", "G43.", "G43.00901", "U07.1", "GG3.0", "", "   "})
        void aMalformedCodeIs422NamingCodeAndWritesNothing(String code) {
            var response = therapist.post(path, letter(code));
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.text()).contains("\"code\"");
            assertThat(onFile()).isZero();
        }

        @Test
        void aDiagnosisDatedInTheFutureOrWithoutDescriptionOrPhysicianIs422() {
            Map<String, Object> body = letter("G43.009");
            body.put("diagnosedOn", LocalDate.now().plusDays(2).toString());
            body.remove("description");
            body.put("diagnosedBy", " ");
            var response = therapist.post(path, body);
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.text()).contains("diagnosedOn").contains("description").contains("diagnosedBy");
            Map<String, Object> unreadable = letter("G43.009");
            unreadable.put("diagnosedOn", "yesterday");
            assertThat(therapist.post(path, unreadable).text()).contains("diagnosedOn");
            assertThat(onFile()).isZero();
        }

        @Test
        void theFrontDeskGets403() {
            Api frontDesk = as(TestData.createStaff(Api.anonymous(port), "FRONT_DESK"));
            assertThat(frontDesk.post(path, letter("G43.009")).status()).isEqualTo(403);
            assertThat(frontDesk.get(path).status()).isEqualTo(403);
            assertThat(onFile()).isZero();
        }

        @Test
        void theClientMayNotEnterOneAndAnotherClientGets404() {
            assertThat(as(clientEmail).post(path, letter("G43.009")).status()).isEqualTo(403);
            String stranger = TestData.uniqueEmail("stranger");
            TestData.registerClient(Api.anonymous(port), stranger);
            assertThat(as(stranger).get(path).status()).isEqualTo(404);
            assertThat(as(stranger).post(path, letter("G43.009")).status()).isEqualTo(404);
            assertThat(onFile()).isZero();
        }
    }
}

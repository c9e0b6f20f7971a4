package org.reliefdesk.interop.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Who has seen my record: staff reads and changes from the audit log, the client's own left out, each client's own. */
@IntegrationTest
class AccessLogTests {

    @LocalServerPort
    int port;

    Api as(String email) {
        return Api.anonymous(port).as(email, TestData.PASSWORD);
    }

    @Test
    void aTherapistsReadShowsWithTheirNameAndRoleNewestFirstAndTheClientsOwnActionsDoNot() {
        String email = TestData.uniqueEmail("client");
        String id = TestData.registerClient(Api.anonymous(port), email);
        assertThat(IntakeFixtures.submit(as(email), id, IntakeFixtures.episodicMigraine()).status()).isEqualTo(201);
        String therapist = TestData.createStaff(Api.anonymous(port), "THERAPIST");
        assertThat(as(therapist).get("/api/v1/clients/" + id + "/intakes").status()).isEqualTo(200);
        assertThat(as(therapist).get("/api/v1/clients/" + id + "/intakes/1").status()).isEqualTo(200);

        var log = as(email).get("/api/v1/me/access-log");

        assertThat(log.status()).as(log.text()).isEqualTo(200);
        JsonNode items = log.json().get("items");
        assertThat(log.json().get("total").asLong()).isEqualTo(2);
        assertThat(items.get(0).get("action").asString()).isEqualTo("Read your intake");
        assertThat(items.get(0).get("resource").asString()).isEqualTo("Intake");
        assertThat(items.get(1).get("action").asString()).isEqualTo("Read your intakes");
        for (JsonNode item : items) {
            assertThat(item.get("name").asString()).isEqualTo("Staff THERAPIST");
            assertThat(item.get("role").asString()).isEqualTo("THERAPIST");
            assertThat(item.get("at").asString()).isNotBlank();
        }
        assertThat(codes(items)).doesNotContain("SUBMIT_INTAKE");
        assertThat(log.json().get("page").asInt()).isZero();
    }

    @Test
    void anotherClientSeesNoneOfIt() {
        String email = TestData.uniqueEmail("client");
        String id = TestData.registerClient(Api.anonymous(port), email);
        String therapist = TestData.createStaff(Api.anonymous(port), "THERAPIST");
        as(therapist).get("/api/v1/clients/" + id + "/intakes");
        String other = TestData.uniqueEmail("other");
        TestData.registerClient(Api.anonymous(port), other);

        var log = as(other).get("/api/v1/me/access-log");

        assertThat(log.status()).isEqualTo(200);
        assertThat(log.json().get("total").asLong()).isZero();
        assertThat(as(email).get("/api/v1/me/access-log").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void staffAreRefusedAndStrangersAskedToSignIn() {
        for (String role : List.of("THERAPIST", "FRONT_DESK", "ADMIN")) {
            String staff = role.equals("ADMIN") ? TestData.ADMIN_EMAIL : TestData.createStaff(Api.anonymous(port), role);
            assertThat(as(staff).get("/api/v1/me/access-log").status()).as(role).isEqualTo(403);
        }
        assertThat(Api.anonymous(port).get("/api/v1/me/access-log").status()).isEqualTo(401);
    }

    @Test
    void pagesThroughTheLog() {
        String email = TestData.uniqueEmail("client");
        String id = TestData.registerClient(Api.anonymous(port), email);
        String therapist = TestData.createStaff(Api.anonymous(port), "THERAPIST");
        for (int i = 0; i < 3; i++) {
            as(therapist).get("/api/v1/clients/" + id + "/intakes");
        }
        var page = as(email).get("/api/v1/me/access-log?page=1&size=2");
        assertThat(page.json().get("total").asLong()).isEqualTo(3);
        assertThat(page.json().get("items").size()).isEqualTo(1);
        assertThat(page.json().get("size").asInt()).isEqualTo(2);
    }

    private static List<String> codes(JsonNode items) {
        List<String> codes = new ArrayList<>();
        items.forEach(i -> codes.add(i.get("actionCode").asString()));
        return codes;
    }
}

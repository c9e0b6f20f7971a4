package org.reliefdesk.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Front desk books and registers clients but never reads or changes clinical detail. */
@IntegrationTest
class FrontDeskClinicalAccessTests {

    @LocalServerPort
    int port;

    @Test
    void frontDeskIsRefusedEveryClinicalEndpointAndTheProfileCarriesNoClinicalDetail() {
        Api api = Api.anonymous(port);
        String email = TestData.uniqueEmail("private");
        String id = TestData.registerClient(api, email);
        Map<String, Object> intake = IntakeFixtures.with(IntakeFixtures.episodicMigraine(), "warning.progressive", true);
        assertThat(IntakeFixtures.submit(api.as(email, TestData.PASSWORD), id, intake).status()).isEqualTo(201);
        Api desk = api.as(TestData.createStaff(api, "FRONT_DESK"), TestData.PASSWORD);
        String client = "/api/v1/clients/" + id;

        for (String path : List.of("/screening", "/intakes", "/intakes/1", "/intake/draft", "/clearances")) {
            assertThat(desk.get(client + path).status()).as("GET " + path).isEqualTo(403);
        }
        assertThat(desk.put(client + "/intake/draft", Map.of()).status()).isEqualTo(403);
        assertThat(desk.post(client + "/intake", intake).status()).isEqualTo(403);
        assertThat(desk.post(client + "/clearances", Map.of("clearedBy", "Dr X", "clearedOn", "2026-01-01")).status())
                .isEqualTo(403);

        var profile = desk.get(client);
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.text()).doesNotContain("PROGRESSIVE", "flags", "answers", "Dr Mira Patel");
    }
}

package org.reliefdesk.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ServicesApiTests {

    @LocalServerPort
    int port;

    @Test
    void theCatalogueStartsWithBothMedicalMassagesAndAdminsEditIt() {
        Api admin = Api.anonymous(port).as(TestData.ADMIN_EMAIL, TestData.PASSWORD);
        var list = admin.get("/api/v1/services");
        assertThat(list.text()).contains("MEDICAL_MASSAGE_60", "MEDICAL_MASSAGE_90");
        assertThat(admin.get("/api/v1/services/MEDICAL_MASSAGE_60").json().get("minutes").asInt()).isEqualTo(60);
        var bad = admin.post("/api/v1/services", Map.of("code", "x", "name", "", "minutes", 50,
                "requiredSkills", List.of("JUGGLING"), "active", true));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.text()).contains("\"field\":\"code\"", "\"field\":\"minutes\"", "\"field\":\"requiredSkills\"");
        String client = TestData.uniqueEmail("svc");
        TestData.registerClient(Api.anonymous(port), client);
        assertThat(Api.anonymous(port).as(client, TestData.PASSWORD).post("/api/v1/services",
                Map.of("code", "X_30", "name", "x", "minutes", 30)).status()).isEqualTo(403);
    }
}

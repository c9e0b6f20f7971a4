package org.reliefdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** PUT /api/v1/clients/{id}: the client themself, front desk and admins edit a profile. */
@IntegrationTest
class ClientProfileTests {

    @LocalServerPort
    int port;

    @Test
    void aClientEditsTheirProfileAndSignsInWithTheNewEmail() {
        Api api = Api.anonymous(port);
        String email = TestData.uniqueEmail("editor");
        String id = TestData.registerClient(api, email);
        var read = api.as(email, TestData.PASSWORD).get("/api/v1/clients/" + id);
        assertThat(read.json().get("preferredLanguage").isNull()).isTrue();
        String newEmail = TestData.uniqueEmail("edited");
        var updated = api.as(email, TestData.PASSWORD).put("/api/v1/clients/" + id, Map.of("fullName", "Edna Edited",
                "phone", "+1 555 0123", "email", newEmail, "preferredLanguage", "es", "dateOfBirth", "1984-03-02"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("fullName").asString()).isEqualTo("Edna Edited");
        assertThat(updated.json().get("preferredLanguage").asString()).isEqualTo("es");
        assertThat(updated.json().get("screeningStatus").asString()).isEqualTo("NO_INTAKE");
        assertThat(updated.json().get("dateOfBirth").asString()).isEqualTo("1984-03-02");
        var me = api.as(newEmail, TestData.PASSWORD).get("/api/v1/me");
        assertThat(me.json().get("fullName").asString()).isEqualTo("Edna Edited");
        assertThat(api.as(email, TestData.PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
        var spanish = api.as(newEmail, TestData.PASSWORD).put("/api/v1/clients/" + id, Map.of("fullName", "x\ty"));
        assertThat(spanish.status()).isEqualTo(422);
        assertThat(spanish.text()).contains("caracteres de control");
    }

    @Test
    void whoMayEditAndWhatIsRefused() {
        Api api = Api.anonymous(port);
        String email = TestData.uniqueEmail("edited-by-staff");
        String id = TestData.registerClient(api, email);
        String desk = TestData.createStaff(api, "FRONT_DESK");
        String therapist = TestData.createStaff(api, "THERAPIST");
        String other = TestData.uniqueEmail("other-client");
        TestData.registerClient(api, other);

        assertThat(api.as(desk, TestData.PASSWORD).put("/api/v1/clients/" + id, Map.of("phone", "555 0100")).json()
                .get("phone").asString()).isEqualTo("555 0100");
        assertThat(api.as(TestData.ADMIN_EMAIL, TestData.PASSWORD).put("/api/v1/clients/" + id,
                Map.of("fullName", "Ada Admin-Edited")).status()).isEqualTo(200);
        assertThat(api.as(therapist, TestData.PASSWORD).put("/api/v1/clients/" + id, Map.of("phone", "1")).status())
                .isEqualTo(403);
        assertThat(api.as(other, TestData.PASSWORD).put("/api/v1/clients/" + id, Map.of("phone", "1")).status())
                .isEqualTo(404);
        assertThat(api.as(email, TestData.PASSWORD).put("/api/v1/clients/" + id, Map.of("email", other)).status())
                .isEqualTo(409);
        var bad = api.as(email, TestData.PASSWORD).put("/api/v1/clients/" + id,
                Map.of("fullName", "", "email", "nope", "preferredLanguage", "fr", "dateOfBirth", "2999-01-01"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.text()).contains("\"field\":\"fullName\"", "\"field\":\"email\"", "\"field\":\"preferredLanguage\"",
                "\"field\":\"dateOfBirth\"");
        assertThat(api.as(email, TestData.PASSWORD).get("/api/v1/clients/" + id).json().get("fullName").asString())
                .isEqualTo("Ada Admin-Edited");
    }

    @Test
    void anEmailChangedByStaffEndsTheClientsTokens() {
        Api api = Api.anonymous(port);
        String email = TestData.uniqueEmail("moved-by-desk");
        String id = TestData.registerClient(api, email);
        Api client = api.bearer(api.as(email, TestData.PASSWORD).post("/api/v1/tokens", null).json().get("token")
                .asString());
        assertThat(client.get("/api/v1/clients/" + id).status()).isEqualTo(200);
        String newEmail = TestData.uniqueEmail("moved-to");
        assertThat(api.as(TestData.ADMIN_EMAIL, TestData.PASSWORD).put("/api/v1/clients/" + id,
                java.util.Map.of("email", newEmail)).status()).isEqualTo(200);
        assertThat(client.get("/api/v1/clients/" + id).status()).isEqualTo(401);
    }
}

package org.reliefdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tokens, password changes and staff deactivation as API.md's "Accounts, sessions and the record's safety" says. */
@IntegrationTest
class AccountSafetyTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;
    Api admin;

    @BeforeEach
    void setUp() {
        api = Api.anonymous(port);
        admin = api.as(TestData.ADMIN_EMAIL, TestData.PASSWORD);
    }

    @Test
    void tokensAreMintedOnlyWithThePasswordAndListedWithoutTheirSecret() {
        String email = TestData.uniqueEmail("lister");
        TestData.registerClient(api, email);
        var issued = api.as(email, TestData.PASSWORD).post("/api/v1/tokens", Map.of("label", "laptop script"));
        assertThat(issued.status()).isEqualTo(201);
        Api bearer = api.bearer(issued.json().get("token").asString());
        assertThat(bearer.post("/api/v1/tokens", null).status()).isEqualTo(403);

        var list = bearer.get("/api/v1/tokens");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asLong()).isEqualTo(1);
        assertThat(list.json().get("page").asInt()).isZero();
        var item = list.json().get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(issued.json().get("id").asString());
        assertThat(item.get("label").asString()).isEqualTo("laptop script");
        assertThat(item.has("createdAt")).isTrue();
        assertThat(item.get("lastUsedAt").isNull()).isFalse();
        assertThat(list.text()).doesNotContain(issued.json().get("token").asString());

        String other = TestData.uniqueEmail("other");
        TestData.registerClient(api, other);
        assertThat(api.as(other, TestData.PASSWORD).get("/api/v1/tokens").json().get("total").asLong()).isZero();
        assertThat(api.as(other, TestData.PASSWORD).delete("/api/v1/tokens/" + item.get("id").asString()).status())
                .isEqualTo(404);
    }

    @Test
    void lastUseIsWrittenAtMostOnceEveryFewMinutes() {
        String email = TestData.uniqueEmail("busy");
        TestData.registerClient(api, email);
        var issued = api.as(email, TestData.PASSWORD).post("/api/v1/tokens", null);
        Api bearer = api.bearer(issued.json().get("token").asString());
        String id = issued.json().get("id").asString();
        bearer.get("/api/v1/me");
        var first = jdbc.sql("select last_used_at from api_token where id = cast(:id as uuid)").param("id", id)
                .query(java.sql.Timestamp.class).single();
        for (int i = 0; i < 5; i++) {
            bearer.get("/api/v1/me");
        }
        assertThat(jdbc.sql("select last_used_at from api_token where id = cast(:id as uuid)").param("id", id)
                .query(java.sql.Timestamp.class).single()).isEqualTo(first);
        jdbc.sql("update api_token set last_used_at = now() - interval '10 minutes' where id = cast(:id as uuid)")
                .param("id", id).update();
        bearer.get("/api/v1/me");
        assertThat(jdbc.sql("select last_used_at > now() - interval '1 minute' from api_token where id = cast(:id as uuid)")
                .param("id", id).query(Boolean.class).single()).isTrue();
    }

    @Test
    void changingThePasswordRevokesEveryTokenAndEndsEverySession() {
        String email = TestData.uniqueEmail("changer");
        TestData.registerClient(api, email);
        Api bearer = api.bearer(api.as(email, TestData.PASSWORD).post("/api/v1/tokens", null).json().get("token").asString());
        jdbc.sql("""
                insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                    max_inactive_interval, expiry_time, principal_name)
                values (gen_random_uuid()::text, gen_random_uuid()::text, 0, 0, 1800, 9999999999999, :email)""")
                .param("email", email).update();
        var wrong = api.as(email, TestData.PASSWORD).post("/api/v1/me/password",
                Map.of("currentPassword", "not-my-password", "newPassword", "cobalt-meadow-fiddle-88"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.text()).contains("\"field\":\"currentPassword\"");
        var weak = api.as(email, TestData.PASSWORD).post("/api/v1/me/password",
                Map.of("currentPassword", TestData.PASSWORD, "newPassword", "Summer2024!"));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.text()).contains("\"field\":\"newPassword\"", "too easy to guess");

        assertThat(api.as(email, TestData.PASSWORD).post("/api/v1/me/password",
                Map.of("currentPassword", TestData.PASSWORD, "newPassword", "cobalt-meadow-fiddle-88")).status())
                .isEqualTo(204);
        assertThat(bearer.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(api.as(email, TestData.PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(api.as(email, "cobalt-meadow-fiddle-88").get("/api/v1/me").status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :e").param("e", email)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aDeactivatedStaffMemberIsRefusedAndTheirTokensStopButTheirAccountStays() {
        String desk = TestData.createStaff(api, "FRONT_DESK");
        Api token = api.bearer(api.as(desk, TestData.PASSWORD).post("/api/v1/tokens", null).json().get("token").asString());
        String id = api.as(desk, TestData.PASSWORD).get("/api/v1/me").json().get("id").asString();

        var off = admin.put("/api/v1/staff/" + id, Map.of("active", false));
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().get("active").asBoolean()).isFalse();
        assertThat(off.json().get("email").asString()).isEqualTo(desk);
        var refused = api.as(desk, TestData.PASSWORD).get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asString()).contains("deactivated");
        assertThat(token.get("/api/v1/me").status()).isEqualTo(401);

        var renamed = admin.put("/api/v1/staff/" + id, Map.of("active", true, "fullName", "Dana Desk", "role", "THERAPIST"));
        assertThat(renamed.json().get("fullName").asString()).isEqualTo("Dana Desk");
        assertThat(renamed.json().get("role").asString()).isEqualTo("THERAPIST");
        assertThat(api.as(desk, TestData.PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(token.get("/api/v1/me").status()).isEqualTo(401);

        var listed = admin.get("/api/v1/staff?size=200");
        assertThat(listed.json().get("items").get(0).has("active")).isTrue();
    }

    @Test
    void staffChangesAreCheckedAndOnlyForAdmins() {
        String desk = TestData.createStaff(api, "FRONT_DESK");
        String id = api.as(desk, TestData.PASSWORD).get("/api/v1/me").json().get("id").asString();
        assertThat(api.as(desk, TestData.PASSWORD).put("/api/v1/staff/" + id, Map.of("active", false)).status())
                .isEqualTo(403);
        assertThat(admin.put("/api/v1/staff/" + id, Map.of("role", "CLIENT")).status()).isEqualTo(422);
        assertThat(admin.put("/api/v1/staff/" + id, Map.of("fullName", "Bad\u0007Name")).status()).isEqualTo(422);
        String adminId = admin.get("/api/v1/me").json().get("id").asString();
        assertThat(admin.put("/api/v1/staff/" + adminId, Map.of("active", false)).status()).isEqualTo(422);
        String client = TestData.registerClient(api, TestData.uniqueEmail("not-staff"));
        assertThat(admin.put("/api/v1/staff/" + client, Map.of("active", false)).status()).isEqualTo(404);
    }

    @Test
    void thePracticeMayRequireTwoStepForStaff() {
        assertThat(admin.get("/api/v1/practice").json().get("requireTwoStepForStaff").asBoolean()).isFalse();
        var details = admin.get("/api/v1/practice").json();
        var on = admin.put("/api/v1/practice", Map.of("name", details.get("name").asString(), "requireTwoStepForStaff", true));
        assertThat(on.status()).isEqualTo(200);
        assertThat(on.json().get("requireTwoStepForStaff").asBoolean()).isTrue();
        var off = admin.put("/api/v1/practice", Map.of("name", details.get("name").asString(), "requireTwoStepForStaff", false));
        assertThat(off.json().get("requireTwoStepForStaff").asBoolean()).isFalse();
    }
}

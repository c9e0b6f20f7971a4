package org.reliefdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Mailbox;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AccountLinksTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aClientAddedWithoutPasswordIsInvitedAndSetsOneThroughTheSingleUseLink() throws Exception {
        Api api = Api.anonymous(port);
        String desk = TestData.createStaff(api, "FRONT_DESK");
        String email = TestData.uniqueEmail("invited");
        var created = api.as(desk, TestData.PASSWORD).post("/api/v1/clients",
                Map.of("email", email, "fullName", "Ivy Invited", "dateOfBirth", "1980-02-03"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(api.as(email, "anything-at-all").get("/api/v1/me").status()).isEqualTo(401);

        var invitation = Mailbox.await(email, 1).get(0);
        assertThat(invitation.getSubject()).contains("account");
        String token = Mailbox.token(invitation, "/invitation");
        var weak = api.post("/api/v1/password/reset", Map.of("token", token, "password", "short"));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(api.post("/api/v1/password/reset", Map.of("token", token, "password", "ivy-chooses-this")).status())
                .isEqualTo(204);
        assertThat(api.as(email, "ivy-chooses-this").get("/api/v1/me").status()).isEqualTo(200);
        var reused = api.post("/api/v1/password/reset", Map.of("token", token, "password", "another-password-1"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.text()).contains("\"field\":\"token\"");
    }

    @Test
    void passwordResetLinksWorkOnceAndExpire() throws Exception {
        Api api = Api.anonymous(port);
        String email = TestData.uniqueEmail("forgetful");
        TestData.registerClient(api, email);
        assertThat(api.post("/api/v1/password/forgot", Map.of("email", email)).status()).isEqualTo(202);
        assertThat(api.post("/api/v1/password/forgot", Map.of("email", "nobody@nowhere.example")).status())
                .isEqualTo(202);
        String token = Mailbox.token(Mailbox.await(email, 1).get(0), "/password/reset");
        assertThat(api.post("/api/v1/password/reset", Map.of("token", token, "password", "a-fresh-password")).status())
                .isEqualTo(204);
        assertThat(api.as(email, "a-fresh-password").get("/api/v1/me").status()).isEqualTo(200);

        api.post("/api/v1/password/forgot", Map.of("email", email));
        String second = Mailbox.token(Mailbox.await(email, 2).get(1), "/password/reset");
        jdbc.sql("update account_link set expires_at = now() - interval '1 minute' where used_at is null and user_id ="
                + " (select id from app_user where email = :email)").param("email", email).update();
        assertThat(api.post("/api/v1/password/reset", Map.of("token", second, "password", "too-late-password"))
                .status()).isEqualTo(422);
    }
}

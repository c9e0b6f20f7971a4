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
        assertThat(api.post("/api/v1/password/reset", Map.of("token", token, "password", "ivy-chooses-juniper-9")).status())
                .isEqualTo(204);
        assertThat(api.as(email, "ivy-chooses-juniper-9").get("/api/v1/me").status()).isEqualTo(200);
        var reused = api.post("/api/v1/password/reset", Map.of("token", token, "password", "another-fine-lantern-77"));
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
        assertThat(api.post("/api/v1/password/reset", Map.of("token", token, "password", "cobalt-meadow-fiddle-88")).status())
                .isEqualTo(204);
        assertThat(api.as(email, "cobalt-meadow-fiddle-88").get("/api/v1/me").status()).isEqualTo(200);

        api.post("/api/v1/password/forgot", Map.of("email", email));
        String second = Mailbox.token(Mailbox.await(email, 2).get(1), "/password/reset");
        jdbc.sql("update account_link set expires_at = now() - interval '1 minute' where used_at is null and user_id ="
                + " (select id from app_user where email = :email)").param("email", email).update();
        assertThat(api.post("/api/v1/password/reset", Map.of("token", second, "password", "amber-quill-tundra-65"))
                .status()).isEqualTo(422);
    }

    @Test
    void aNewerResetLinkVoidsTheOlderOne() {
        Api api = Api.anonymous(port);
        String email = TestData.uniqueEmail("twice");
        TestData.registerClient(api, email);
        api.post("/api/v1/password/forgot", Map.of("email", email));
        api.post("/api/v1/password/forgot", Map.of("email", email));
        var mails = Mailbox.await(email, 2);
        String older = Mailbox.token(mails.get(0), "/password/reset");
        String newer = Mailbox.token(mails.get(1), "/password/reset");
        assertThat(api.post("/api/v1/password/reset", Map.of("token", older, "password", "cobalt-meadow-fiddle-88"))
                .status()).isEqualTo(422);
        assertThat(api.post("/api/v1/password/reset", Map.of("token", newer, "password", "cobalt-meadow-fiddle-88"))
                .status()).isEqualTo(204);
    }

    @Test
    void atMostThreeResetEmailsGoToOneAddressAnHour() throws Exception {
        Api api = Api.anonymous(port);
        String email = TestData.uniqueEmail("spammed");
        TestData.registerClient(api, email);
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/password/forgot", Map.of("email", email)).status()).isEqualTo(202);
        }
        Mailbox.await(email, 3);
        assertThat(Mailbox.afterOutboxDrained(jdbc, email)).hasSize(3);
        assertThat(jdbc.sql("select count(*) from account_link l join app_user u on u.id = l.user_id where u.email = :e")
                .param("e", email).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aResetEndsEverySessionAndRevokesEveryToken() {
        Api api = Api.anonymous(port);
        String email = TestData.uniqueEmail("hijacked");
        TestData.registerClient(api, email);
        String token = api.as(email, TestData.PASSWORD).post("/api/v1/tokens", null).json().get("token").asString();
        jdbc.sql("""
                insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                    max_inactive_interval, expiry_time, principal_name)
                values (gen_random_uuid()::text, gen_random_uuid()::text, 0, 0, 1800, 9999999999999, :email)""")
                .param("email", email).update();
        api.post("/api/v1/password/forgot", Map.of("email", email));
        String link = Mailbox.token(Mailbox.await(email, 1).get(0), "/password/reset");
        assertThat(api.post("/api/v1/password/reset", Map.of("token", link, "password", "cobalt-meadow-fiddle-88"))
                .status()).isEqualTo(204);
        assertThat(api.bearer(token).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :email").param("email", email)
                .query(Long.class).single()).isZero();
    }
}

package org.reliefdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AuditLogTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void signInsAndFailuresAreRecordedAndTheLogIsAppendOnly() {
        String email = TestData.uniqueEmail("audited");
        Api api = Api.anonymous(port);
        TestData.registerClient(api, email);
        api.as(email, TestData.PASSWORD).get("/api/v1/me");
        api.as(email, "not-the-password").get("/api/v1/me");
        var log = api.as(TestData.ADMIN_EMAIL, TestData.PASSWORD).get("/api/v1/audit?size=200");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.text()).contains("\"actor\":\"" + email + "\",\"actorRole\":\"CLIENT\",\"action\":\"LOGIN\"");
        assertThat(log.text()).contains("\"actor\":\"" + email + "\",\"actorRole\":null,\"action\":\"LOGIN_FAILED\"");
        assertThat(api.as(email, TestData.PASSWORD).get("/api/v1/audit").status()).isEqualTo(403);
        // the application's own database role may read and add audit rows, never change or delete them
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'x'").update())
                .rootCause().hasMessageContaining("permission denied");
    }
}

package org.reliefdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ApiDocsTests {

    @LocalServerPort
    int port;

    @Test
    void theApiIsDescribedWithBothWaysToAuthenticate() {
        var docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.text()).contains("ReliefDesk API", "/api/v1/register", "/api/v1/tokens", "bearer");
        assertThat(Api.anonymous(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}

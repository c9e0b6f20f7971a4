package org.reliefdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.RawHttp;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Input the container cannot even decode is a 400 with problem details (API) or a plain page, never a 500. */
@IntegrationTest
class MalformedInputTests {

    static final String ADMIN = "Authorization: " + RawHttp.basic(TestData.ADMIN_EMAIL, TestData.PASSWORD);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static void assertProblem(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var body = response.json();
        assertThat(body.get("type").asString()).isEqualTo("about:blank");
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "Tomcat", "at org.");
    }

    @Test
    void aMalformedPercentEscapeInTheQueryIsA400ProblemOnEveryEndpoint() {
        for (String path : new String[] {"/api/v1/clients?query=%ZZ", "/api/v1/bookings?from=%ZZ",
            "/api/v1/availability?locationId=%ZZ", "/api/v1/audit?action=%ZZ", "/api/v1/clients?query=%E2%28"}) {
            var response = RawHttp.get(port, path, ADMIN);
            assertProblem(response, 400);
            assertThat(response.json().get("detail").asString()).contains("%-escape");
            assertThat(response.json().get("instance").asString()).startsWith("/api/v1/");
        }
        assertProblem(RawHttp.get(port, "/api/v1/clients?query=%ZZ"), 400);
    }

    @Test
    void aMalformedEscapeOnAWriteWritesNothing() {
        String code = "ESCAPE_" + System.nanoTime() % 100000;
        var response = RawHttp.send(port, "POST", "/api/v1/services?x=%ZZ",
                "{\"code\":\"" + code + "\",\"name\":\"Escape\",\"minutes\":30,\"requiredSkills\":[]}", ADMIN);
        assertProblem(response, 400);
        assertThat(jdbc.sql("select count(*) from service where code = ?").param(code).query(Long.class).single())
                .isZero();
    }

    @Test
    void onPagesAMalformedFormBodyShowsThe400PageAndRegistersNoOne() {
        String email = TestData.uniqueEmail("escape");
        var response = RawHttp.send(port, "POST", "/register", "fullName=%ZZ&email=" + email.replace("@", "%40")
                        + "&password=" + TestData.PASSWORD + "&dateOfBirth=1980-01-01",
                "Content-Type: application/x-www-form-urlencoded");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.body()).contains("ReliefDesk").doesNotContain("Exception", "Tomcat", "at org.");
        assertThat(jdbc.sql("select count(*) from app_user where email = ?").param(email).query(Long.class).single())
                .isZero();
        assertThat(RawHttp.get(port, "/login?x=%ZZ").status()).isEqualTo(400);
    }

    @Test
    void pathsTomcatRefusesAreProblemDetailsOnTheApi() {
        for (String path : new String[] {"/api/v1/clients/a%2Fb", "/api/v1/clients/a%5Cb", "/api/v1/clients/a%00b",
            "/api/v1/clients/%ZZ", "/api/v1/clients/a;b/x", "/api/v1/clients//x", "/api/v1/clients/%2e%2e/x",
            "/api/v1/clients/a%25b"}) {
            var response = RawHttp.get(port, path, ADMIN);
            assertProblem(response, 400);
        }
    }

    @Test
    void aRefusedPathOnAWriteCreatesNothing() {
        String code = "SLASH_" + System.nanoTime() % 100000;
        var response = RawHttp.send(port, "POST", "/api/v1/services%2F",
                "{\"code\":\"" + code + "\",\"name\":\"Slash\",\"minutes\":30,\"requiredSkills\":[]}", ADMIN);
        assertProblem(response, 400);
        assertThat(jdbc.sql("select count(*) from service where code = ?").param(code).query(Long.class).single())
                .isZero();
    }

    @Test
    void elsewhereTheyArePlainPagesWithoutTomcatsReport() {
        // a request line Tomcat cannot parse ({ or | unescaped) has no path to go by: the plain page, on the API too
        for (String path : new String[] {"/clients/a%2Fb", "/clients/a%5Cb", "/clients/a%00b", "/clients/a;b/x",
            "/api/v1/clients/{x}", "/api/v1/clients/a|b"}) {
            var response = RawHttp.get(port, path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).startsWith("text/html");
            assertThat(response.body()).contains("ReliefDesk").doesNotContain("Tomcat", "Exception", "at org.");
        }
    }
}

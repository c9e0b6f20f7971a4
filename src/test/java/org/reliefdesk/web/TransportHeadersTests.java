package org.reliefdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.RawHttp;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Referrer and permissions policies everywhere; Secure cookie and HSTS only when the request came over TLS. */
class TransportHeadersTests {

    static final String ADMIN = "Authorization: " + RawHttp.basic(TestData.ADMIN_EMAIL, TestData.PASSWORD);
    static final String FORWARDED_TLS = "X-Forwarded-Proto: https";

    static String sessionCookie(RawHttp.Response response) {
        String cookies = response.header("set-cookie");
        assertThat(cookies).as("a session cookie on " + response.status()).contains("SESSION=");
        return cookies.lines().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
    }

    static void assertPolicies(RawHttp.Response response) {
        assertThat(response.header("referrer-policy")).isEqualTo("same-origin");
        assertThat(response.header("permissions-policy")).contains("camera=()", "microphone=()", "geolocation=()",
                "payment=()");
    }

    @Nested
    @IntegrationTest
    class WithoutATrustedProxy {

        @LocalServerPort
        int port;

        @Test
        void plainHttpHasThePoliciesButNoSecureCookieOrHsts() {
            var page = RawHttp.get(port, "/login");
            assertThat(page.status()).isEqualTo(200);
            assertPolicies(page);
            assertThat(sessionCookie(page)).doesNotContainIgnoringCase("secure");
            assertThat(page.header("strict-transport-security")).isNull();
            var api = RawHttp.get(port, "/api/v1/services", ADMIN);
            assertThat(api.status()).isEqualTo(200);
            assertPolicies(api);
            assertThat(api.header("strict-transport-security")).isNull();
            assertPolicies(RawHttp.get(port, "/api/v1/services"));
        }

        @Test
        void aForwardedProtoFromAnUntrustedAddressIsIgnored() {
            var page = RawHttp.get(port, "/login", FORWARDED_TLS);
            assertThat(sessionCookie(page)).doesNotContainIgnoringCase("secure");
            assertThat(page.header("strict-transport-security")).isNull();
            assertThat(RawHttp.get(port, "/api/v1/services", ADMIN, FORWARDED_TLS).header("strict-transport-security"))
                    .isNull();
        }
    }

    @Nested
    @IntegrationTest
    @TestPropertySource(properties = "reliefdesk.security.trusted-proxies=127.0.0.1")
    class BehindATrustedProxy {

        @LocalServerPort
        int port;

        @Test
        void tlsAtTheProxyGivesASecureCookieAndHsts() {
            var page = RawHttp.get(port, "/login", FORWARDED_TLS);
            assertThat(page.status()).isEqualTo(200);
            assertPolicies(page);
            assertThat(sessionCookie(page)).containsIgnoringCase("; secure");
            assertThat(page.header("strict-transport-security")).contains("max-age=");
            var api = RawHttp.get(port, "/api/v1/services", ADMIN, FORWARDED_TLS);
            assertThat(api.status()).isEqualTo(200);
            assertPolicies(api);
            assertThat(api.header("strict-transport-security")).contains("max-age=");
        }

        @Test
        void plainHttpAtTheProxyStaysPlain() {
            var page = RawHttp.get(port, "/login", "X-Forwarded-Proto: http");
            assertThat(sessionCookie(page)).doesNotContainIgnoringCase("secure");
            assertThat(page.header("strict-transport-security")).isNull();
        }
    }
}

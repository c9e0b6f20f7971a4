package org.reliefdesk.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Throttling by (account, address) pair: a stranger cannot lock the owner out; many failures only slow down. */
@IntegrationTest
class SignInThrottleTests {

    @LocalServerPort
    int port;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    SecurityProperties properties;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aStrangersFailuresFromAnotherAddressDoNotStopTheOwner() {
        Api api = Api.anonymous(port);
        String owner = TestData.uniqueEmail("owner");
        TestData.registerClient(api, owner);
        for (int i = 0; i < 8; i++) {
            throttle.recordFailure(owner, "203.0.113.7");
        }
        assertThat(throttle.check(owner, "203.0.113.7").locked()).isTrue();
        assertThat(api.as(owner, TestData.PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void fiveFailuresFromOnePairAre429ForThatPairOnly() {
        Api api = Api.anonymous(port);
        String victim = TestData.uniqueEmail("pair");
        TestData.registerClient(api, victim);
        for (int i = 0; i < 5; i++) {
            assertThat(api.as(victim, "wrong-password-" + i).get("/api/v1/me").status()).isEqualTo(401);
        }
        var locked = api.as(victim, TestData.PASSWORD).get("/api/v1/me");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.contentType()).contains("application/problem+json");
        assertThat(throttle.check(victim, "198.51.100.23").locked()).isFalse();
    }

    @Test
    void manyFailuresForOneAccountSlowEachAttemptButNeverLock() {
        Api api = Api.anonymous(port);
        String popular = TestData.uniqueEmail("popular");
        TestData.registerClient(api, popular);
        for (int i = 0; i < 21; i++) {
            throttle.recordFailure(popular, "192.0.2." + i);
        }
        long started = System.nanoTime();
        var response = api.as(popular, TestData.PASSWORD).get("/api/v1/me");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(response.status()).isEqualTo(200);
        assertThat(millis).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void manyFailuresFromOneAddressSlowItDownOnEveryAccount() {
        String address = "198.51.100.77";
        // the test run allows many more failures per address (every test signs in from 127.0.0.1)
        jdbc.sql("insert into login_failure (key, at) select :key, now() from generate_series(1, :n)")
                .param("key", "address:" + address).param("n", properties.addressFailures()).update();
        throttle.recordFailure(TestData.uniqueEmail("sprayed"), address);
        var verdict = throttle.check(TestData.uniqueEmail("anyone"), address);
        assertThat(verdict.slow()).isTrue();
        assertThat(verdict.locked()).isFalse();
        assertThat(throttle.check(TestData.uniqueEmail("anyone"), "198.51.100.78").slow()).isFalse();
    }
}

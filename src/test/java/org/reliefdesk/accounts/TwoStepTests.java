package org.reliefdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Two-step verification over the API: on and off, codes, recovery codes, tokens and HTTP Basic. */
@IntegrationTest
class TwoStepTests {

    @LocalServerPort
    int port;

    static String codeFor(String secret) {
        return codeFor(secret, 0);
    }

    /** The code of a 30-second step this many steps from now (one step of drift either way is accepted). */
    static String codeFor(String secret, int stepsFromNow) {
        try {
            return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30 + stepsFromNow);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Switches two-step on for a new client and returns the set-up answer. */
    static JsonNode switchOn(Api api, String email) {
        var setup = api.as(email, TestData.PASSWORD).post("/api/v1/me/two-factor", null);
        assertThat(setup.status()).isEqualTo(200);
        String secret = setup.json().get("secret").asString();
        assertThat(api.as(email, TestData.PASSWORD).post("/api/v1/me/two-factor/confirm", Map.of("code", codeFor(secret)))
                .status()).isEqualTo(204);
        return setup.json();
    }

    @Test
    void setUpGivesASecretAnOtpauthUriAndTenRecoveryCodesThenAConfirmedCodeSwitchesItOn() {
        Api api = Api.anonymous(port);
        String email = TestData.uniqueEmail("two-step");
        TestData.registerClient(api, email);
        var setup = api.as(email, TestData.PASSWORD).post("/api/v1/me/two-factor", null).json();
        assertThat(setup.get("otpauthUri").asString()).startsWith("otpauth://totp/").contains(setup.get("secret").asString());
        assertThat(setup.get("recoveryCodes").size()).isEqualTo(10);
        assertThat(api.as(email, TestData.PASSWORD).post("/api/v1/me/two-factor/confirm", Map.of("code", "000000")).status())
                .isEqualTo(422);
        assertThat(api.as(email, TestData.PASSWORD).get("/api/v1/me").json().get("twoFactorEnabled").asBoolean()).isFalse();
        assertThat(api.as(email, TestData.PASSWORD).post("/api/v1/me/two-factor/confirm",
                Map.of("code", codeFor(setup.get("secret").asString()))).status()).isEqualTo(204);
        assertThat(api.as(email, TestData.PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void withTwoStepOnBasicIsRefusedAndATokenNeedsACode() {
        Api api = Api.anonymous(port);
        String email = TestData.uniqueEmail("two-step-token");
        TestData.registerClient(api, email);
        JsonNode setup = switchOn(api, email);
        Api basic = api.as(email, TestData.PASSWORD);
        var refused = basic.get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asString()).contains("token");
        assertThat(basic.post("/api/v1/tokens", null).status()).isEqualTo(401);
        assertThat(basic.post("/api/v1/tokens", Map.of("code", "123456")).status()).isEqualTo(401);
        var issued = basic.post("/api/v1/tokens", Map.of("code", codeFor(setup.get("secret").asString())));
        assertThat(issued.status()).isEqualTo(201);
        Api bearer = api.bearer(issued.json().get("token").asString());
        assertThat(bearer.get("/api/v1/me").json().get("twoFactorEnabled").asBoolean()).isTrue();
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        Api api = Api.anonymous(port);
        String email = TestData.uniqueEmail("recovery");
        TestData.registerClient(api, email);
        String recovery = switchOn(api, email).get("recoveryCodes").get(3).asString();
        Api basic = api.as(email, TestData.PASSWORD);
        assertThat(basic.post("/api/v1/tokens", Map.of("code", recovery)).status()).isEqualTo(201);
        assertThat(basic.post("/api/v1/tokens", Map.of("code", recovery)).status()).isEqualTo(401);
    }

    @Test
    void aCodeSwitchesItOffAndBasicWorksAgain() {
        Api api = Api.anonymous(port);
        String email = TestData.uniqueEmail("two-step-off");
        TestData.registerClient(api, email);
        JsonNode setup = switchOn(api, email);
        String secret = setup.get("secret").asString();
        Api bearer = api.bearer(api.as(email, TestData.PASSWORD).post("/api/v1/tokens", Map.of("code", codeFor(secret)))
                .json().get("token").asString());
        assertThat(bearer.send("DELETE", "/api/v1/me/two-factor", Map.of("code", "999999")).status()).isEqualTo(422);
        // the code just used to mint the token is spent; the next step's code (clock drift) is not
        assertThat(bearer.send("DELETE", "/api/v1/me/two-factor", Map.of("code", codeFor(secret, 1))).status())
                .isEqualTo(204);
        assertThat(api.as(email, TestData.PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(api.as(email, TestData.PASSWORD).post("/api/v1/tokens", null).status()).isEqualTo(201);
    }

    @Test
    void aCodeIsAcceptedOnceAndGuessingStopsAfterFiveWrongCodes() {
        Api api = Api.anonymous(port);
        String email = TestData.uniqueEmail("two-step-guess");
        TestData.registerClient(api, email);
        String secret = switchOn(api, email).get("secret").asString();
        Api basic = api.as(email, TestData.PASSWORD);
        String code = codeFor(secret, -1);
        assertThat(basic.post("/api/v1/tokens", Map.of("code", code)).status()).isEqualTo(201);
        assertThat(basic.post("/api/v1/tokens", Map.of("code", code)).status()).as("replayed").isEqualTo(401);
        for (int i = 0; i < 4; i++) {
            assertThat(basic.post("/api/v1/tokens", Map.of("code", "00000" + i)).status()).isEqualTo(401);
        }
        // five wrong codes in the window (the replay counted too): even a right code is refused now
        assertThat(basic.post("/api/v1/tokens", Map.of("code", codeFor(secret, 1))).status()).isEqualTo(401);
        assertThat(api.as(TestData.ADMIN_EMAIL, TestData.PASSWORD).get("/api/v1/tokens").status()).isEqualTo(200);
    }
}

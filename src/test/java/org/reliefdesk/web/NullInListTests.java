package org.reliefdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A null inside a JSON list is a 400 naming the field, refused while reading, for every typed body. */
@IntegrationTest
class NullInListTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Api admin() {
        return Api.anonymous(port).as(TestData.ADMIN_EMAIL, TestData.PASSWORD);
    }

    private static void assertNullRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var body = response.json();
        assertThat(body.get("type").asString()).isEqualTo("about:blank");
        assertThat(body.get("title").asString()).isEqualTo("Bad Request");
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("detail").asString()).isNotBlank();
        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void aNullSkillOnANewServiceIsA400AndNoServiceIsCreated() {
        String code = "NULL_SKILL_" + System.nanoTime() % 100000;
        var response = admin().post("/api/v1/services", "{\"code\":\"" + code
                + "\",\"name\":\"Null skill\",\"minutes\":30,\"requiredSkills\":[null],\"active\":true}");
        assertNullRefused(response, "requiredSkills[0]");
        assertThat(admin().get("/api/v1/services/" + code).status()).isEqualTo(404);
    }

    @Test
    void aNullSkillOnAnEditedServiceIsA400AndTheServiceStaysAsItWas() {
        String code = "KEEP_" + System.nanoTime() % 100000;
        assertThat(admin().post("/api/v1/services", Map.of("code", code, "name", "Kept", "minutes", 30,
                "requiredSkills", List.of("MEDICAL_MASSAGE"), "active", true)).status()).isEqualTo(201);
        var response = admin().put("/api/v1/services/" + code,
                "{\"name\":\"Changed\",\"minutes\":45,\"requiredSkills\":[\"MEDICAL_MASSAGE\",null]}");
        assertNullRefused(response, "requiredSkills[1]");
        var kept = admin().get("/api/v1/services/" + code).json();
        assertThat(kept.get("name").asString()).isEqualTo("Kept");
        assertThat(kept.get("minutes").asInt()).isEqualTo(30);
    }

    @Test
    void aNullRoomInANewLocationIsA400AndNoLocationIsCreated() {
        String name = "Null room " + System.nanoTime();
        var response = admin().post("/api/v1/locations",
                "{\"name\":\"" + name + "\",\"timeZone\":\"America/New_York\",\"rooms\":[null]}");
        assertNullRefused(response, "rooms[0]");
        assertThat(jdbc.sql("select count(*) from location where name = ?").param(name).query(Long.class).single())
                .isZero();
    }
}

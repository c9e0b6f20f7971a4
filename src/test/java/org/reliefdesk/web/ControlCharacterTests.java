package org.reliefdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.RawHttp;
import org.reliefdesk.support.TestData;
import org.reliefdesk.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Names refuse every control character, free text all but line breaks and tab; websites are http(s) only. */
@IntegrationTest
class ControlCharacterTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Api admin() {
        return Api.anonymous(port).as(TestData.ADMIN_EMAIL, TestData.PASSWORD);
    }

    static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var body = response.json();
        assertThat(body.get("type").asString()).isEqualTo("about:blank");
        assertThat(body.get("status").asInt()).isEqualTo(422);
        assertThat(body.get("detail").asString()).isNotBlank();
        assertThat(body.get("errors").valueStream().map(e -> e.get("field").asString()).toList()).contains(field);
        assertThat(response.text()).contains("control characters");
    }

    private long services(String code) {
        return jdbc.sql("select count(*) from service where code = ?").param(code).query(Long.class).single();
    }

    @Test
    void aServiceNameRefusesEveryControlCharacterIncludingLineBreaks() {
        for (String name : List.of("Neck\u0007work", "Neck\nwork", "Neck\twork", "Neck\u0085work", "Neck\u007fwork")) {
            String code = "CTRL_" + System.nanoTime() % 1000000;
            var response = admin().post("/api/v1/services", Map.of("code", code, "name", name, "minutes", 30,
                    "requiredSkills", List.of(), "active", true));
            assertRefused(response, "name");
            assertThat(services(code)).isZero();
        }
    }

    @Test
    void freeTextKeepsLineBreaksAndTabButRefusesOtherControlsNamingTheField() {
        String name = "Ctrl location " + System.nanoTime();
        var refused = admin().post("/api/v1/locations", Map.of("name", name, "timeZone", "America/New_York",
                "address", "1 Main St\u001b[2J", "rooms", List.of(Map.of("name", "Room 1"))));
        assertRefused(refused, "address");
        var badRoom = admin().post("/api/v1/locations", Map.of("name", name, "timeZone", "America/New_York",
                "rooms", List.of(Map.of("name", "Room\n1"))));
        assertRefused(badRoom, "rooms[0].name");
        assertThat(jdbc.sql("select count(*) from location where name = ?").param(name).query(Long.class).single())
                .isZero();
        var kept = admin().post("/api/v1/locations", Map.of("name", name, "timeZone", "America/New_York",
                "address", "1 Main St\r\nSuite\t2", "rooms", List.of(Map.of("name", "Room 1"))));
        assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
        assertThat(kept.json().get("address").asString()).isEqualTo("1 Main St\r\nSuite\t2");
    }

    @Test
    void aDiaryNoteReadFromATreeRefusesAControlCharacter() {
        String email = TestData.uniqueEmail("ctrl-diary");
        String clientId = TestData.registerClient(Api.anonymous(port), email);
        Api client = Tokens.bearer(port, email);
        String day = "/api/v1/clients/" + clientId + "/diary/" + java.time.LocalDate.now();
        var response = client.put(day, Map.of("headache", false, "note", "slept\u0000badly"));
        assertRefused(response, "note");
        assertThat(client.get(day).status()).isEqualTo(404);
        assertThat(client.put(day, Map.of("headache", false, "note", "slept\nbadly")).status()).isEqualTo(201);
    }

    @Test
    void thePracticeWebsiteMustBeAnHttpAddressAndItsNameHasNoControls() {
        var before = admin().get("/api/v1/practice").json();
        for (String website : List.of("javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "clinic",
                "ftp://clinic.example", "https://")) {
            var response = admin().put("/api/v1/practice", Map.of("name", "Clinic", "website", website));
            assertThat(response.status()).as(website).isEqualTo(422);
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("website");
        }
        assertRefused(admin().put("/api/v1/practice", Map.of("name", "Clinic\u0085")), "name");
        assertThat(admin().get("/api/v1/practice").json()).isEqualTo(before);
    }

    @Test
    void onTheRegistrationPageTheNameShowsItsMessageBesideTheFieldAndNoOneIsRegistered() {
        var form = RawHttp.get(port, "/register");
        String cookie = form.header("set-cookie").lines().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow().split(";")[0];
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String email = TestData.uniqueEmail("ctrl-page");
        String body = "_csrf=" + csrf.group(1) + "&fullName=" + enc("Ann\u0007Lee") + "&email=" + enc(email)
                + "&dateOfBirth=1980-01-01&password=" + enc(TestData.PASSWORD);
        var page = RawHttp.send(port, "POST", "/register", body, "Cookie: " + cookie,
                "Content-Type: application/x-www-form-urlencoded");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"fullName-error\"", "control characters");
        assertThat(jdbc.sql("select count(*) from app_user where email = ?").param(email).query(Long.class).single())
                .isZero();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

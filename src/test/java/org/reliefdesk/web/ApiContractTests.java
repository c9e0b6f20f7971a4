package org.reliefdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API description against the API: real answers of a sample of operations (successes and errors, for each
 * role) must have a status and content type the description lists for that operation, and a body its schema
 * accepts (JSON Schema 2020-12, as OpenAPI 3.1 uses).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate DAY = LocalDate.now(NEW_YORK).plusDays(15);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @LocalServerPort
    int port;

    JsonNode description;
    Scheduling.Practice practice;
    final List<String> mismatches = new ArrayList<>();
    int checked;

    @BeforeAll
    void readTheDescription() {
        description = Api.anonymous(port).get("/v3/api-docs").json();
        practice = Scheduling.practice(port, DAY.plusYears(1));
    }

    @Test
    void theDescriptionIsTypedThroughout() {
        String text = description.toString();
        assertThat(text).doesNotContain("JsonNode", "\"*/*\"");
        description.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            JsonNode responses = op.getValue().get("responses");
            String where = op.getKey() + " " + path.getKey();
            assertThat(responses.properties().stream().anyMatch(r -> r.getKey().startsWith("2"))).as(where).isTrue();
            boolean takesNothing = !op.getValue().has("parameters") && !op.getValue().has("requestBody");
            boolean public_ = !op.getValue().has("security") && !responses.has("401");
            if (!(takesNothing && public_)) {
                assertThat(responses.properties().stream().anyMatch(r -> r.getKey().startsWith("4")
                        && r.getValue().path("content").has("application/problem+json"))).as(where).isTrue();
            }
            JsonNode body = op.getValue().path("requestBody").path("content");
            body.properties().forEach(media -> assertThat(media.getValue().has("schema")).as(where).isTrue());
        }));
    }

    @Test
    void realAnswersMatchTheDescription() {
        Api anonymous = Api.anonymous(port);
        Api admin = Scheduling.admin(port);
        Api client = anonymous.as(practice.clientEmail(), TestData.PASSWORD);
        Api desk = anonymous.as(TestData.createStaff(admin, "FRONT_DESK"), TestData.PASSWORD);
        String id = practice.clientId();
        String newcomer = TestData.registerClient(anonymous, TestData.uniqueEmail("contract"));
        Api fresh = anonymous.as(admin.get("/api/v1/clients/" + newcomer).json().get("email").asString(),
                TestData.PASSWORD);

        check("GET", "/api/v1/intake/form", anonymous.get("/api/v1/intake/form"));
        check("GET", "/api/v1/me", client.get("/api/v1/me"));
        check("GET", "/api/v1/clients/" + id, client.get("/api/v1/clients/" + id));
        check("PUT", "/api/v1/clients/" + id, client.put("/api/v1/clients/" + id, Map.of("email", "not an email")));
        check("PUT", "/api/v1/clients/" + newcomer + "/intake/draft", fresh.put("/api/v1/clients/" + newcomer
                + "/intake/draft", Map.of("about", Map.of("dateOfBirth", "soon", "pregnant", false))));
        check("GET", "/api/v1/clients/" + newcomer + "/intake/draft", fresh.get("/api/v1/clients/" + newcomer
                + "/intake/draft"));
        check("POST", "/api/v1/clients/" + newcomer + "/intake", fresh.post("/api/v1/clients/" + newcomer + "/intake",
                IntakeFixtures.episodicMigraine()));
        check("POST", "/api/v1/clients/" + newcomer + "/intake", fresh.post("/api/v1/clients/" + newcomer + "/intake",
                Map.of("about", Map.of("dateOfBirth", 12))));
        check("GET", "/api/v1/clients/" + newcomer + "/intakes", fresh.get("/api/v1/clients/" + newcomer + "/intakes"));
        check("GET", "/api/v1/clients/" + newcomer + "/intakes/1", fresh.get("/api/v1/clients/" + newcomer + "/intakes/1"));
        check("GET", "/api/v1/clients/" + newcomer + "/screening", fresh.get("/api/v1/clients/" + newcomer + "/screening"));
        check("GET", "/api/v1/clients/" + newcomer + "/screening", desk.get("/api/v1/clients/" + newcomer + "/screening"));
        String today = LocalDate.now(NEW_YORK).minusDays(1).toString();
        check("PUT", "/api/v1/clients/" + id + "/diary/" + today, client.put("/api/v1/clients/" + id + "/diary/" + today,
                Map.of("headache", true, "peakIntensity", 6, "durationHours", 4, "acuteMedication", List.of("NSAID"),
                        "triggers", List.of("STRESS"))));
        check("PUT", "/api/v1/clients/" + id + "/diary/" + today, client.put("/api/v1/clients/" + id + "/diary/" + today,
                Map.of("headache", "sometimes")));
        check("GET", "/api/v1/clients/" + id + "/diary", client.get("/api/v1/clients/" + id + "/diary"));
        check("POST", "/api/v1/clients/" + id + "/midas", client.post("/api/v1/clients/" + id + "/midas",
                Map.of("q1", 1, "q2", 2, "q3", 0, "q4", 1, "q5", 0, "a", 8, "b", 6)));
        check("GET", "/api/v1/clients/" + id + "/midas", client.get("/api/v1/clients/" + id + "/midas"));
        check("GET", "/api/v1/clients/" + id + "/outcomes", client.get("/api/v1/clients/" + id + "/outcomes"));
        check("GET", "/api/v1/services", client.get("/api/v1/services"));
        check("GET", "/api/v1/locations", client.get("/api/v1/locations"));
        check("GET", "/api/v1/therapists", desk.get("/api/v1/therapists"));
        check("GET", "/api/v1/planning/catalogue", admin.get("/api/v1/planning/catalogue"));
        check("GET", "/api/v1/availability", client.get("/api/v1/availability?locationId=" + practice.location()
                + "&serviceCode=MEDICAL_MASSAGE_60&from=" + DAY + "&to=" + DAY));
        Api.Response booked = client.post("/api/v1/bookings", booking("10:00"));
        check("POST", "/api/v1/bookings", booked);
        check("POST", "/api/v1/bookings", desk.post("/api/v1/bookings", booking("10:00")));
        String bookingId = booked.json().get("id").asString();
        check("GET", "/api/v1/bookings/" + bookingId, client.get("/api/v1/bookings/" + bookingId));
        check("GET", "/api/v1/bookings/" + bookingId + "/calendar.ics", client.get("/api/v1/bookings/" + bookingId
                + "/calendar.ics"));
        check("GET", "/api/v1/bookings", desk.get("/api/v1/bookings?clientId=" + id));
        check("GET", "/api/v1/bookings/" + UUID.randomUUID(), client.get("/api/v1/bookings/" + UUID.randomUUID()));
        check("POST", "/api/v1/bookings", client.send("POST", "/api/v1/bookings", "{\"start\": "));
        check("GET", "/api/v1/clients/" + id, anonymous.get("/api/v1/clients/" + id));
        check("GET", "/api/v1/staff", client.get("/api/v1/staff"));
        check("GET", "/api/v1/staff", admin.get("/api/v1/staff"));
        check("GET", "/api/v1/practice", admin.get("/api/v1/practice"));
        check("GET", "/api/v1/clients", desk.get("/api/v1/clients?query=Test"));
        check("GET", "/api/v1/clients/" + id + "/summary", desk.get("/api/v1/clients/" + id + "/summary"));
        check("GET", "/api/v1/clients/" + id + "/balance", desk.get("/api/v1/clients/" + id + "/balance"));
        check("GET", "/api/v1/reports/takings", admin.get("/api/v1/reports/takings"));
        check("GET", "/api/v1/audit", admin.get("/api/v1/audit"));
        check("GET", "/api/v1/me/access-log", client.get("/api/v1/me/access-log"));
        check("GET", "/api/v1/invoices", desk.get("/api/v1/invoices"));
        check("GET", "/api/v1/tokens", client.get("/api/v1/tokens"));

        assertThat(mismatches).isEmpty();
        assertThat(checked).isEqualTo(42);
    }

    Map<String, Object> booking(String time) {
        return Map.of("clientId", practice.clientId(), "locationId", practice.location(), "serviceCode",
                "MEDICAL_MASSAGE_60", "therapistId", practice.therapist(), "start",
                ZonedDateTime.of(DAY, LocalTime.parse(time), NEW_YORK).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    /** Checks one real answer against the operation the description lists for {@code method path}. */
    void check(String method, String path, Api.Response answer) {
        checked++;
        String where = method + " " + path + " → " + answer.status();
        JsonNode operation = operation(method, path.replaceFirst("\\?.*", ""));
        if (operation == null) {
            mismatches.add(where + ": no such operation in the description");
            return;
        }
        JsonNode response = operation.path("responses").path(String.valueOf(answer.status()));
        if (response.isMissingNode()) {
            mismatches.add(where + ": status not in the description");
            return;
        }
        String type = answer.contentType() == null ? "" : answer.contentType().replaceFirst(";.*", "").strip();
        JsonNode media = response.path("content").path(type);
        if (media.isMissingNode()) {
            if (!(response.path("content").isEmpty() && answer.bytes().length == 0)) {
                mismatches.add(where + ": content type " + type + " not in the description");
            }
            return;
        }
        if (type.endsWith("json")) {
            ObjectNode schema = JSON.createObjectNode();
            schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            schema.set("allOf", JSON.createArrayNode().add(media.get("schema")));
            schema.set("components", description.get("components"));
            List<Error> errors = SCHEMAS.getSchema(SchemaLocation.of("urn:reliefdesk:api"), schema)
                    .validate(answer.json());
            errors.forEach(e -> mismatches.add(where + ": " + e.getInstanceLocation() + " " + e.getMessage()));
        }
    }

    /** The operation whose path template matches, the most literal one first ({@code /plans/{id}.pdf} before {@code /plans/{id}}). */
    JsonNode operation(String method, String path) {
        return description.get("paths").properties().stream()
                .filter(p -> Pattern.matches(p.getKey().replaceAll("\\{[^}]+}", "[^/]+"), path))
                .sorted(Comparator.comparingInt((Map.Entry<String, JsonNode> p) -> p.getKey().replaceAll("\\{[^}]+}", "")
                        .length()).reversed())
                .map(p -> p.getValue().get(method.toLowerCase())).filter(o -> o != null).findFirst().orElse(null);
    }
}

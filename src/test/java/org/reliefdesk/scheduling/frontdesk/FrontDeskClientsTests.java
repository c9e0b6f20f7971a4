package org.reliefdesk.scheduling.frontdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Mailbox;
import org.reliefdesk.support.PastSessions;
import org.reliefdesk.support.TestData;
import org.reliefdesk.support.TestScreenings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The front desk finds the right client (date of birth, phone in any spelling, email; the next appointment beside
 * each hit), adds a new one with four fields (who is invited by email) and reads a client's summary.
 */
@IntegrationTest
class FrontDeskClientsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFrontDeskAddsAClientWithFourFieldsAndTheClientIsInvited() throws Exception {
        Api desk = frontDesk();
        String email = TestData.uniqueEmail("four-fields");
        var created = desk.post("/api/v1/clients", Map.of("fullName", "Nina Newcomer", "dateOfBirth", "1990-05-06",
                "phone", "+1 (207) 555-0142", "email", email));
        assertThat(created.status()).isEqualTo(201);
        var invitation = Mailbox.await(email, 1).get(0);
        assertThat(Mailbox.token(invitation, "/invitation")).isNotBlank();
        var read = desk.get("/api/v1/clients/" + created.json().get("id").asString()).json();
        assertThat(read.get("phone").asString()).isEqualTo("+1 (207) 555-0142");
        assertThat(read.get("screeningStatus").asString()).isEqualTo("NO_INTAKE");
    }

    @Test
    void aPhoneThatIsNoPhoneNumberIsRefusedBesideTheField() {
        Api desk = frontDesk();
        var refused = desk.post("/api/v1/clients", Map.of("fullName", "Nina Newcomer", "dateOfBirth", "1990-05-06",
                "phone", "call me maybe", "email", TestData.uniqueEmail("bad-phone")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("\"field\":\"phone\"", "must be a phone number");
        assertThat(desk.post("/api/v1/clients", Map.of("fullName", "Nina", "dateOfBirth", "1990-05-06",
                "phone", "12", "email", TestData.uniqueEmail("short-phone"))).status()).isEqualTo(422);
    }

    @Test
    void searchFindsByDateOfBirthPhoneDigitsAndEmailAndShowsTheNextAppointment() {
        Api desk = frontDesk();
        LocalDate born = LocalDate.of(1935, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
        String digits = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        String phone = "+1 (" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
        String email = TestData.uniqueEmail("same-name");
        String id = desk.post("/api/v1/clients", Map.of("fullName", "Alex SameName", "dateOfBirth", born.toString(),
                "phone", phone, "email", email, "password", TestData.PASSWORD)).json().get("id").asString();
        PastSessions.at(jdbc, UUID.fromString(id), Instant.now().plus(Duration.ofDays(3)), "BOOKED");
        PastSessions.at(jdbc, UUID.fromString(id), Instant.now().plus(Duration.ofDays(9)), "BOOKED");

        JsonNode byDate = hit(desk.get("/api/v1/clients?query=" + born), id);
        assertThat(byDate.get("dateOfBirth").asString()).isEqualTo(born.toString());
        assertThat(byDate.get("phone").asString()).isEqualTo(phone);
        assertThat(byDate.get("email").asString()).isEqualTo(email);
        assertThat(byDate.get("nextAppointment").get("therapistName").asString()).isEqualTo("Tess Therapist");
        assertThat(OffsetDateTime.parse(byDate.get("nextAppointment").get("start").asString()).toInstant())
                .isBetween(Instant.now().plus(Duration.ofDays(2)), Instant.now().plus(Duration.ofDays(4)));
        String us = born.getMonthValue() + "/" + born.getDayOfMonth() + "/" + born.getYear();
        hit(desk.get("/api/v1/clients?query=" + us), id);
        hit(desk.get("/api/v1/clients?query=" + digits.substring(2, 9)), id);
        hit(desk.get("/api/v1/clients?query=" + digits.substring(0, 3) + "." + digits.substring(3, 6) + "."
                + digits.substring(6)), id);
        hit(desk.get("/api/v1/clients?query=" + email.toUpperCase()), id);
    }

    @Test
    void aClientWithoutAppointmentsHasANullNextAppointment() {
        Api desk = frontDesk();
        String email = TestData.uniqueEmail("no-visits");
        String id = TestData.registerClient(Api.anonymous(port), email);
        assertThat(hit(desk.get("/api/v1/clients?query=" + email), id).get("nextAppointment").isNull()).isTrue();
    }

    @Test
    void theSummaryGivesStatusesVisitsMissedSessionsAndAlertsButNoClinicalDetail() {
        Api admin = Api.anonymous(port).as(TestData.ADMIN_EMAIL, TestData.PASSWORD);
        String email = TestData.uniqueEmail("summary");
        String id = TestData.registerClient(Api.anonymous(port), email);
        TestScreenings.set(id, "CLEARANCE_REQUIRED");
        UUID client = UUID.fromString(id);
        PastSessions.at(jdbc, client, Instant.now().minus(Duration.ofDays(30)), "COMPLETED");
        PastSessions.at(jdbc, client, Instant.now().minus(Duration.ofDays(20)), "NO_SHOW");
        UUID late = PastSessions.at(jdbc, client, Instant.now().minus(Duration.ofDays(10)), "CANCELLED");
        jdbc.sql("update booking set late_cancellation = true where id = :id").param("id", late).update();
        PastSessions.at(jdbc, client, Instant.now().plus(Duration.ofDays(5)), "BOOKED");

        JsonNode summary = frontDesk().get("/api/v1/clients/" + id + "/summary").json();
        assertThat(summary.get("fullName").asString()).isEqualTo("Test Client");
        assertThat(summary.get("age").asInt()).isPositive();
        assertThat(summary.get("email").asString()).isEqualTo(email);
        assertThat(summary.get("screeningStatus").asString()).isEqualTo("CLEARANCE_REQUIRED");
        assertThat(summary.get("plan").get("status").asString()).isEqualTo("NO_PLAN");
        assertThat(summary.get("lastVisit").get("status").asString()).isEqualTo("COMPLETED");
        assertThat(summary.get("nextVisit").get("therapistName").asString()).isEqualTo("Tess Therapist");
        assertThat(summary.get("noShows").asInt()).isEqualTo(1);
        assertThat(summary.get("lateCancellations").asInt()).isEqualTo(1);
        assertThat(strings(summary.get("alerts"))).containsExactly("CLEARANCE_NEEDED", "NO_SHOWS",
                "LATE_CANCELLATIONS");
        assertThat(summary.has("flags")).isFalse();
        assertThat(admin.get("/api/v1/clients/" + id + "/summary").status()).isEqualTo(200);
    }

    @Test
    void aTherapistsReadIsAuditedAndClientsAreRefused() {
        Api anonymous = Api.anonymous(port);
        String email = TestData.uniqueEmail("summary-audit");
        String id = TestData.registerClient(anonymous, email);
        String therapist = TestData.createStaff(anonymous, "THERAPIST");
        assertThat(anonymous.as(therapist, TestData.PASSWORD).get("/api/v1/clients/" + id + "/summary").status())
                .isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_event where client_id = :c and action = 'READ_CLIENT_SUMMARY'"
                + " and actor = :actor").param("c", UUID.fromString(id)).param("actor", therapist)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(anonymous.as(email, TestData.PASSWORD).get("/api/v1/clients/" + id + "/summary").status())
                .isEqualTo(403);
        assertThat(frontDesk().get("/api/v1/clients/" + UUID.randomUUID() + "/summary").status()).isEqualTo(404);
        assertThat(anonymous.get("/api/v1/clients/" + id + "/summary").status()).isEqualTo(401);
    }

    private Api frontDesk() {
        Api api = Api.anonymous(port);
        return api.as(TestData.createStaff(api, "FRONT_DESK"), TestData.PASSWORD);
    }

    private static JsonNode hit(Api.Response response, String id) {
        assertThat(response.status()).isEqualTo(200);
        Map<String, JsonNode> byId = new HashMap<>();
        response.json().get("items").forEach(item -> byId.put(item.get("id").asString(), item));
        assertThat(byId).as(response.text()).containsKey(id);
        return byId.get(id);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}

package org.reliefdesk.scheduling.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The operations report over the API against a small practice with hand-computed figures: a New York clinic with
 * two rooms, Ada (09:00-17:00 daily, two hours off on Wednesday) and Ben (13:00-19:00 daily), the week of
 * 3-9 March 2025 (daylight saving starts on the Sunday), and four clients:
 * <ul>
 * <li>C1: completed Mon 10:00 and booked (attended) Wed 10:00 with Ada in Room 1 — new, rebooked within 30 days;
 * <li>C2: no-show Tue 14:00 and a late cancellation Thu 14:00 with Ben in Room 2 — new, no session counted;
 * <li>C3: cancelled Fri 15:00 (Ada, Room 2), completed 90 minutes Sat 16:00 (Ben, Room 1), a visit elsewhere in
 * January (not new), a cancelled booking 12 days later and one elsewhere 30 days and 30 minutes later (not rebooked);
 * <li>C4: an expired hold and a released hold on Sunday — neither counts anywhere.
 * </ul>
 */
@IntegrationTest
class OperationsReportApiTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final String WEEK = "from=2025-03-03&to=2025-03-09";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    String location;
    String ada;
    String ben;
    List<String> rooms;

    @BeforeEach
    void practice() {
        JsonNode created = Scheduling.location(port, "America/New_York", 2, 0, 15);
        location = created.get("id").asString();
        rooms = List.of(created.get("rooms").get(0).get("id").asString(), created.get("rooms").get(1).get("id").asString());
        ada = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), java.time.LocalDate.of(2999, 1, 1),
                "09:00", "17:00");
        ben = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), java.time.LocalDate.of(2999, 1, 1),
                "13:00", "19:00");
        jdbc.sql("insert into therapist_time_off (therapist_id, during) values (:t, tstzrange(:s, :e))")
                .param("t", UUID.fromString(ada)).param("s", local(2025, 3, 5, 12, 0))
                .param("e", local(2025, 3, 5, 14, 0)).update();
    }

    @Test
    void everyFigureMatchesTheHandCount() {
        seedTheWeek();
        JsonNode r = Scheduling.admin(port).get("/api/v1/reports/operations?" + WEEK + "&locationId=" + location).json();
        assertThat(r.get("from").asString()).isEqualTo("2025-03-03");
        assertThat(r.get("to").asString()).isEqualTo("2025-03-09");
        assertThat(r.get("bookings").asLong()).isEqualTo(6);
        assertThat(r.get("completed").asLong()).isEqualTo(2);
        assertThat(r.get("cancelled").asLong()).isEqualTo(2);
        assertThat(r.get("lateCancellations").asLong()).isEqualTo(1);
        assertThat(r.get("noShows").asLong()).isEqualTo(1);
        assertThat(r.get("noShowRate").asDouble()).isEqualTo(0.25); // 1 / (6 - 2)
        assertThat(r.get("newClients").asLong()).isEqualTo(2); // C1, C2
        assertThat(r.get("rebookedWithin30Days").asDouble()).isEqualTo(0.5); // C1 of C1, C3

        JsonNode therapists = r.get("therapists");
        assertThat(therapists).hasSize(2);
        JsonNode a = line(therapists, "therapistId", ada);
        assertThat(a.get("workingMinutes").asLong()).isEqualTo(7 * 480 - 120);
        assertThat(a.get("bookedMinutes").asLong()).isEqualTo(120);
        assertThat(a.get("utilisation").asDouble()).isEqualTo(0.037); // 120 / 3240 = 0.0370
        JsonNode b = line(therapists, "therapistId", ben);
        assertThat(b.get("workingMinutes").asLong()).isEqualTo(7 * 360);
        assertThat(b.get("bookedMinutes").asLong()).isEqualTo(150); // the no-show's 60 and the 90-minute session
        assertThat(b.get("utilisation").asDouble()).isEqualTo(0.060); // 150 / 2520 = 0.0595

        // any therapist works 09:00-19:00 (600 minutes) each day; on Wednesday 12:00-13:00 nobody does
        long open = 7 * 600 - 60;
        JsonNode room1 = line(r.get("rooms"), "roomId", rooms.get(0));
        assertThat(room1.get("name").asString()).isEqualTo("Room 1");
        assertThat(room1.get("bookedMinutes").asLong()).isEqualTo(210);
        assertThat(room1.get("utilisation").asDouble()).isEqualTo(0.051); // 210 / 4140 = 0.0507
        JsonNode room2 = line(r.get("rooms"), "roomId", rooms.get(1));
        assertThat(room2.get("bookedMinutes").asLong()).isEqualTo(60);
        assertThat(room2.get("utilisation").asDouble()).isEqualTo(0.014); // 60 / 4140 = 0.0145
        assertThat(open).isEqualTo(4140);
    }

    @Test
    void rebookedMeansAnotherBookingNotCancelledByTheSameLocalTime30DaysOn() {
        UUID x = client();
        UUID y = client();
        UUID z = client();
        UUID here = UUID.fromString(location);
        UUID a = UUID.fromString(ada);
        UUID b = UUID.fromString(ben);
        UUID r1 = UUID.fromString(rooms.get(0));
        UUID r2 = UUID.fromString(rooms.get(1));
        booking(x, here, a, r1, local(2025, 3, 3, 10, 0), 60, "COMPLETED", false, null);
        booking(y, here, a, r1, local(2025, 3, 3, 11, 15), 60, "COMPLETED", false, null);
        booking(z, here, a, r1, local(2025, 3, 3, 12, 30), 60, "BOOKED", false, null);
        // 30 days on at the same local time is 29 days 23 hours later: the clocks went forward on 9 March
        booking(x, here, a, r1, local(2025, 4, 2, 10, 0), 60, "BOOKED", false, null);
        booking(y, here, b, r2, local(2025, 4, 2, 11, 16), 60, "BOOKED", false, null);
        booking(y, here, a, r2, local(2025, 3, 10, 11, 15), 60, "CANCELLED", false, "CLIENT_REQUEST");
        booking(z, here, b, r2, local(2025, 3, 10, 12, 30), 60, "NO_SHOW", false, null);
        JsonNode r = Scheduling.admin(port).get("/api/v1/reports/operations?from=2025-03-03&to=2025-03-03&locationId="
                + location).json();
        assertThat(r.get("rebookedWithin30Days").asDouble()).isEqualTo(0.667); // x and z of x, y, z
        assertThat(r.get("newClients").asLong()).isEqualTo(3);
    }

    @Test
    void anEmptyRangeHasZeroRatesNotErrors() {
        JsonNode r = Scheduling.admin(port).get("/api/v1/reports/operations?from=2024-01-01&to=2024-01-01&locationId="
                + location).json();
        assertThat(r.get("bookings").asLong()).isZero();
        assertThat(r.get("noShowRate").asDouble()).isZero();
        assertThat(r.get("rebookedWithin30Days").asDouble()).isZero();
        assertThat(line(r.get("therapists"), "therapistId", ada).get("workingMinutes").asLong()).isEqualTo(480);
        assertThat(line(r.get("rooms"), "roomId", rooms.get(0)).get("utilisation").asDouble()).isZero();
    }

    @Test
    void csvHasTheFieldNamesThenOneRowPerTherapistAndRoom() throws Exception {
        seedTheWeek();
        var csv = Scheduling.admin(port).get("/api/v1/reports/operations?format=csv&" + WEEK + "&locationId=" + location);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> rows = csv.text().lines().toList();
        assertThat(rows).hasSize(1 + 2 + 2);
        assertThat(rows.get(0)).isEqualTo("therapistId,roomId,name,workingMinutes,bookedMinutes,utilisation");
        assertThat(rows).contains(ada + ",,%s,3240,120,0.037".formatted(name(ada)),
                "," + rooms.get(0) + ",Room 1,,210,0.051");

        String token = Api.anonymous(port).as(TestData.ADMIN_EMAIL, TestData.PASSWORD).post("/api/v1/tokens", null)
                .json().get("token").asString();
        HttpResponse<String> byAccept = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/reports/operations?" + WEEK + "&locationId=" + location))
                .header("Accept", "text/csv").header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(byAccept.statusCode()).isEqualTo(200);
        assertThat(byAccept.body()).isEqualTo(csv.text());
    }

    @Nested
    class Refusals {

        @Test
        void onlyAdministrators() {
            String path = "/api/v1/reports/operations?" + WEEK + "&locationId=" + location;
            assertThat(Api.anonymous(port).get(path).status()).isEqualTo(401);
            for (String role : List.of("THERAPIST", "FRONT_DESK")) {
                Api staff = Api.anonymous(port).as(TestData.createStaff(Api.anonymous(port), role), TestData.PASSWORD);
                assertThat(staff.get(path).status()).as(role).isEqualTo(403);
                assertThat(staff.get(path + "&format=csv").status()).as(role).isEqualTo(403);
            }
        }

        @Test
        void badParametersAre422NamingTheField() {
            Api admin = Scheduling.admin(port);
            String base = "/api/v1/reports/operations?locationId=" + location;
            assertFields(admin.get(base), "from", "to");
            assertFields(admin.get(base + "&from=2025-02-30&to=yesterday"), "from", "to");
            assertFields(admin.get(base + "&from=2025-03-09&to=2025-03-03"), "to");
            assertFields(admin.get(base + "&from=2025-01-01&to=2026-01-02"), "to");
            assertFields(admin.get(base + "&" + WEEK + "&format=xml"), "format");
            assertFields(admin.get("/api/v1/reports/operations?" + WEEK + "&locationId=" + UUID.randomUUID()),
                    "locationId");
            assertFields(admin.get("/api/v1/reports/operations?" + WEEK + "&locationId=nope"), "locationId");
            assertThat(admin.get(base + "&from=2025-01-01&to=2025-12-31").status()).isEqualTo(200); // 365 days
        }

        private void assertFields(Api.Response response, String... fields) {
            assertThat(response.status()).as(response.toString()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            List<String> named = response.json().get("errors").valueStream().map(e -> e.get("field").asString())
                    .toList();
            assertThat(named).containsExactlyInAnyOrder(fields);
        }
    }

    private void seedTheWeek() {
        UUID c1 = client();
        UUID c2 = client();
        UUID c3 = client();
        UUID c4 = client();
        UUID r1 = UUID.fromString(rooms.get(0));
        UUID r2 = UUID.fromString(rooms.get(1));
        UUID a = UUID.fromString(ada);
        UUID b = UUID.fromString(ben);
        UUID here = UUID.fromString(location);
        booking(c1, here, a, r1, local(2025, 3, 3, 10, 0), 60, "COMPLETED", false, null);
        booking(c1, here, a, r1, local(2025, 3, 5, 10, 0), 60, "BOOKED", false, null);
        booking(c2, here, b, r2, local(2025, 3, 4, 14, 0), 60, "NO_SHOW", false, null);
        booking(c2, here, b, r2, local(2025, 3, 6, 14, 0), 60, "CANCELLED", true, "CLIENT_REQUEST");
        booking(c3, here, a, r2, local(2025, 3, 7, 15, 0), 60, "CANCELLED", false, "ILLNESS");
        booking(c3, here, b, r1, local(2025, 3, 8, 16, 0), 90, "COMPLETED", false, null);
        booking(c4, here, a, r1, local(2025, 3, 9, 9, 0), 60, "HELD", false, null);
        booking(c4, here, b, r2, local(2025, 3, 9, 13, 0), 60, "CANCELLED", false, "HOLD_RELEASED");
        booking(c2, here, a, r1, local(2025, 3, 10, 10, 0), 60, "COMPLETED", false, null); // the day after
        booking(c3, here, a, r1, local(2025, 3, 20, 10, 0), 60, "CANCELLED", false, "CLIENT_REQUEST");
        JsonNode elsewhere = Scheduling.location(port, "America/New_York", 1, 0, 15);
        UUID there = UUID.fromString(elsewhere.get("id").asString());
        UUID room = UUID.fromString(elsewhere.get("rooms").get(0).get("id").asString());
        booking(c3, there, a, room, local(2025, 1, 15, 10, 0), 60, "COMPLETED", false, null);
        booking(c3, there, a, room, local(2025, 4, 7, 16, 30), 60, "BOOKED", false, null);
    }

    private UUID client() {
        return UUID.fromString(Scheduling.clearedClient(port)[1]);
    }

    private void booking(UUID client, UUID location, UUID therapist, UUID room, OffsetDateTime start, int minutes,
            String status, boolean late, String cancelReason) {
        jdbc.sql("""
                insert into booking (client_id, location_id, service_code, therapist_id, room_id, starts_at, ends_at,
                                     held_until, status, screening_status, late_cancellation, cancel_reason,
                                     hold_expires_at)
                values (:c, :l, 'MEDICAL_MASSAGE_60', :t, :r, :s, :e, :e, :status, 'CLEARED', :late, :reason,
                        case when :status = 'HELD' then :s end)""")
                .param("c", client).param("l", location).param("t", therapist).param("r", room).param("s", start)
                .param("e", start.plusMinutes(minutes)).param("status", status).param("late", late)
                .param("reason", cancelReason).update();
    }

    private static OffsetDateTime local(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), NEW_YORK).toOffsetDateTime();
    }

    private String name(String therapist) {
        return jdbc.sql("select full_name from app_user where id = :id").param("id", UUID.fromString(therapist))
                .query(String.class).single();
    }

    private static JsonNode line(JsonNode lines, String idField, String id) {
        for (JsonNode line : lines) {
            if (line.get(idField).asString().equals(id)) {
                return line;
            }
        }
        throw new AssertionError("no line " + id + " in " + lines);
    }
}

package org.reliefdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.reliefdesk.support.TestScreenings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A visit over the API (API.md "Front desk"): check-in on the day, completion once started, 409s naming both
 * statuses, cancel reasons, notes only after the start, and visits from before ReliefDesk. The location's zone is
 * chosen so that it is late morning there now, leaving time both before and after "now" on the same local day.
 */
@IntegrationTest
class VisitApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ZoneId zone;
    LocalDate today;
    String location;
    String therapist;
    String[] client;
    Api admin;

    @BeforeEach
    void practice() {
        zone = lateMorningZone(Instant.now());
        today = LocalDate.now(zone);
        location = Scheduling.location(port, zone.getId(), 2, 1, 15).get("id").asString();
        therapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), today.plusYears(1), "07:00",
                "19:00");
        client = Scheduling.clearedClient(port);
        admin = Scheduling.admin(port);
    }

    /** A fixed-offset zone where it is now between 11:00 and 12:00. */
    static ZoneId lateMorningZone(Instant now) {
        int offset = 11 - now.atZone(ZoneOffset.UTC).getHour();
        offset = offset < -12 ? offset + 24 : offset > 14 ? offset - 24 : offset;
        return ZoneId.of(offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
    }

    String at(LocalDate day, String time) {
        return ZonedDateTime.of(day, LocalTime.parse(time), zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    Map<String, Object> booking(String clientId, String start, Boolean pastVisit) {
        Map<String, Object> body = new HashMap<>(Map.of("clientId", clientId, "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", start, "therapistId", therapist));
        if (pastVisit != null) {
            body.put("pastVisit", pastVisit);
        }
        return body;
    }

    String book(String start, Boolean pastVisit) {
        var answer = admin.post("/api/v1/bookings", booking(client[1], start, pastVisit));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.json().get("id").asString();
    }

    Api desk() {
        return Api.anonymous(port).as(TestData.createStaff(Api.anonymous(port), "FRONT_DESK"), TestData.PASSWORD);
    }

    static Map<String, Object> soap() {
        return Map.of("subjective", "Two migraines since last visit.", "objective", "Trigger point, right trapezius.",
                "assessment", "Myofascial contribution likely.", "plan", "Repeat in one week.", "painBefore", 5,
                "painAfter", 2, "techniquesUsed", List.of(Map.of("technique", "TRIGGER_POINT", "area", "SHOULDERS",
                        "minutes", 20)));
    }

    Api asClient() {
        return Api.anonymous(port).as(client[0], TestData.PASSWORD);
    }

    @Nested
    class Arrivals {

        @Test
        void theFrontDeskChecksInOnTheDayButCompletesOnlyOnceTheSessionHasStarted() {
            String id = book(at(today, "15:00"), null);
            Api desk = desk();
            var arrived = desk.post("/api/v1/bookings/" + id + "/check-in", null);
            assertThat(arrived.status()).as(arrived.text()).isEqualTo(200);
            assertThat(arrived.json().get("status").asString()).isEqualTo("CHECKED_IN");

            var again = desk.post("/api/v1/bookings/" + id + "/check-in", null);
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("detail").asString()).isEqualTo("This booking is already CHECKED_IN");

            var early = desk.post("/api/v1/bookings/" + id + "/complete", null);
            assertThat(early.status()).isEqualTo(422);
            assertThat(early.text()).contains("\"field\":\"start\"", "A session is completed once it has started");
        }

        @Test
        void checkInOnAnotherDayIsA422() {
            String id = book(at(today.plusDays(1), "10:00"), null);
            var refused = desk().post("/api/v1/bookings/" + id + "/check-in", null);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.text()).contains("checked in on the day of the session (" + today.plusDays(1) + ")");
        }

        @Test
        void aPastVisitIsCompletedThenNothingElseHappensToIt() {
            String id = book(at(today.minusDays(2), "10:00"), true);
            var tooLate = admin.post("/api/v1/bookings/" + id + "/check-in", null);
            assertThat(tooLate.status()).as("check-in on another day").isEqualTo(422);

            var done = admin.post("/api/v1/bookings/" + id + "/complete", null);
            assertThat(done.status()).as(done.text()).isEqualTo(200);
            assertThat(done.json().get("status").asString()).isEqualTo("COMPLETED");
            assertThat(done.json().get("pastVisit").asBoolean()).isTrue();

            assertThat(admin.post("/api/v1/bookings/" + id + "/no-show", null).json().get("detail").asString())
                    .isEqualTo("This booking is COMPLETED and cannot become NO_SHOW");
            var cancel = admin.post("/api/v1/bookings/" + id + "/cancel", Map.of("reason", "OTHER"));
            assertThat(cancel.status()).isEqualTo(409);
            assertThat(cancel.json().get("detail").asString()).isEqualTo("This booking is COMPLETED and cannot become CANCELLED");
        }

        @Test
        void aClientMayNotCheckInOrCompleteAndAnotherClientsBookingIsNotFound() {
            String id = book(at(today, "16:00"), null);
            assertThat(asClient().post("/api/v1/bookings/" + id + "/check-in", null).status()).isEqualTo(403);
            assertThat(asClient().post("/api/v1/bookings/" + id + "/complete", null).status()).isEqualTo(403);
            String[] other = Scheduling.clearedClient(port);
            Api stranger = Api.anonymous(port).as(other[0], TestData.PASSWORD);
            assertThat(stranger.post("/api/v1/bookings/" + id + "/check-in", null).status()).isEqualTo(404);
            assertThat(stranger.post("/api/v1/bookings/" + id + "/complete", null).status()).isEqualTo(404);
        }
    }

    @Nested
    class CancelReasons {

        @Test
        void theReasonAndNoteAreKeptOnTheBooking() {
            String id = book(at(today.plusDays(5), "10:00"), null);
            var cancelled = admin.post("/api/v1/bookings/" + id + "/cancel",
                    Map.of("reason", "WEATHER", "note", "Snow storm, roads closed"));
            assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
            assertThat(cancelled.json().get("cancelReason").asString()).isEqualTo("WEATHER");
            assertThat(cancelled.json().get("cancelNote").asString()).isEqualTo("Snow storm, roads closed");
            assertThat(admin.get("/api/v1/bookings/" + id).json().get("cancelReason").asString()).isEqualTo("WEATHER");
        }

        @Test
        void aCheckedInSessionMayStillBeCancelled() {
            String id = book(at(today, "17:00"), null);
            admin.post("/api/v1/bookings/" + id + "/check-in", null);
            var cancelled = admin.post("/api/v1/bookings/" + id + "/cancel", Map.of("reason", "ILLNESS"));
            assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
            assertThat(cancelled.json().get("lateCancellation").asBoolean()).isTrue();
        }

        @Test
        void anUnknownOrHoldReasonAndATooLongNoteAre422sNamingTheField() {
            String id = book(at(today.plusDays(5), "11:00"), null);
            for (String reason : List.of("BORED", "HOLD_EXPIRED", "client_request")) {
                var refused = admin.post("/api/v1/bookings/" + id + "/cancel", Map.of("reason", reason));
                assertThat(refused.status()).as(reason).isEqualTo(422);
                assertThat(refused.text()).contains("\"field\":\"reason\"", "CLIENT_REQUEST, ILLNESS, PRACTICE, WEATHER, OTHER");
            }
            var longNote = admin.post("/api/v1/bookings/" + id + "/cancel", Map.of("note", "x".repeat(501)));
            assertThat(longNote.status()).isEqualTo(422);
            assertThat(longNote.text()).contains("\"field\":\"note\"");
            assertThat(admin.get("/api/v1/bookings/" + id).json().get("status").asString()).isEqualTo("BOOKED");
        }
    }

    @Nested
    class PastVisits {

        @Test
        void anAdministratorRecordsAVisitFromBeforeReliefDesk() {
            var made = admin.post("/api/v1/bookings", booking(client[1], at(today.minusDays(30), "09:00"), true));
            assertThat(made.status()).as(made.text()).isEqualTo(201);
            assertThat(made.json().get("status").asString()).isEqualTo("BOOKED");
            assertThat(made.json().get("pastVisit").asBoolean()).isTrue();
            assertThat(made.json().get("start").asString()).isEqualTo(at(today.minusDays(30), "09:00"));
        }

        @Test
        void withoutTheFlagAPastStartStaysA422AndOnlyAnAdministratorMaySetIt() {
            var past = admin.post("/api/v1/bookings", booking(client[1], at(today.minusDays(3), "09:00"), null));
            assertThat(past.status()).isEqualTo(422);
            assertThat(past.text()).contains("already passed");
            var byDesk = desk().post("/api/v1/bookings", booking(client[1], at(today.minusDays(3), "09:00"), true));
            assertThat(byDesk.status()).isEqualTo(403);
            var byClient = asClient().post("/api/v1/bookings", booking(client[1], at(today.minusDays(3), "09:00"), true));
            assertThat(byClient.status()).isEqualTo(403);
        }

        @Test
        void everyOtherRuleHolds() {
            var outside = admin.post("/api/v1/bookings", booking(client[1], at(today.minusDays(3), "19:00"), true));
            assertThat(outside.status()).isEqualTo(422);
            assertThat(outside.text()).contains("working hours");
            var offGrid = admin.post("/api/v1/bookings", booking(client[1], at(today.minusDays(3), "09:10"), true));
            assertThat(offGrid.text()).contains("quarter hour");

            book(at(today.minusDays(3), "10:00"), true);
            var sameClient = admin.post("/api/v1/bookings", booking(client[1], at(today.minusDays(3), "10:30"), true));
            assertThat(sameClient.status()).isEqualTo(422);
            assertThat(sameClient.text()).contains("already has a booking");
            String[] other = Scheduling.clearedClient(port);
            var taken = admin.post("/api/v1/bookings", booking(other[1], at(today.minusDays(3), "10:30"), true));
            assertThat(taken.status()).as("the therapist is taken").isEqualTo(409);
        }

        @Test
        void theScreeningGateHolds() {
            String[] blocked = Scheduling.clearedClient(port);
            TestScreenings.set(blocked[1], "URGENT");
            var refused = admin.post("/api/v1/bookings", booking(blocked[1], at(today.minusDays(3), "12:00"), true));
            assertThat(refused.status()).isEqualTo(422);
        }
    }

    @Nested
    class NotesAfterTheStart {

        @Test
        void aNoteBeforeTheStartIsRefusedAndAfterItWritten() {
            String future = book(at(today, "18:00"), null);
            var early = admin.post("/api/v1/bookings/" + future + "/note", soap());
            assertThat(early.status()).isEqualTo(422);
            assertThat(early.text()).contains("\"field\":\"start\"", "the session has not started yet");

            String past = book(at(today.minusDays(1), "10:00"), true);
            admin.post("/api/v1/bookings/" + past + "/complete", null);
            var written = admin.post("/api/v1/bookings/" + past + "/note", soap());
            assertThat(written.status()).as(written.text()).isEqualTo(201);
        }

        @Test
        void aNoteIsSignedOnlyOnceTheSessionHasStarted() {
            String id = book(at(today.minusDays(1), "11:00"), true);
            assertThat(admin.post("/api/v1/bookings/" + id + "/note", soap()).status())
                    .isEqualTo(201);
            // the session was moved to a later day meanwhile (by hand here): its note waits for the new start
            jdbc.sql("update booking set starts_at = starts_at + interval '3 days', ends_at = ends_at + interval '3 days',"
                    + " held_until = held_until + interval '3 days' where id = :id").param("id", UUID.fromString(id))
                    .update();
            var refused = admin.post("/api/v1/bookings/" + id + "/note/sign", null);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.text()).contains("the session has not started yet");
        }

        @Test
        void aMissedSessionTakesNoNote() {
            String id = book(at(today.minusDays(1), "12:00"), true);
            admin.post("/api/v1/bookings/" + id + "/no-show", null);
            var refused = admin.post("/api/v1/bookings/" + id + "/note", soap());
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.text()).contains("no-show booking has no session to document");
        }
    }
}

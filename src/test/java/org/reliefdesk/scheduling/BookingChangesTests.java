package org.reliefdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reschedule, cancel and no-show by role, and the late-cancellation window. */
@IntegrationTest
class BookingChangesTests {

    static final LocalDate DAY = LocalDate.now(BookingApiTests.NEW_YORK).plusDays(9);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    String location;
    String therapist;
    String allDay;
    String[] client;
    String desk;

    @BeforeEach
    void practice() {
        location = Scheduling.location(port, "America/New_York", 2, 1, 15).get("id").asString();
        therapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), DAY.plusYears(1), "09:00", "17:00");
        allDay = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), DAY.plusYears(1), "00:00", "24:00");
        client = Scheduling.clearedClient(port);
        desk = TestData.createStaff(Api.anonymous(port), "FRONT_DESK");
    }

    Api asClient() {
        return Api.anonymous(port).as(client[0], TestData.PASSWORD);
    }

    Api asDesk() {
        return Api.anonymous(port).as(desk, TestData.PASSWORD);
    }

    String book(String start, String with) {
        Map<String, Object> body = new HashMap<>(Map.of("clientId", client[1], "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", start, "therapistId", with));
        var booked = asClient().post("/api/v1/bookings", body);
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        return booked.json().get("id").asString();
    }

    /** A start a few hours from now (inside the 24-hour window), on the quarter hour. */
    static String soon(int hours) {
        return ZonedDateTime.now(BookingApiTests.NEW_YORK).plusHours(hours).withMinute(0).withSecond(0).withNano(0)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @Test
    void aClientMovesASessionOutsideTheWindowAndTheOldTimeIsFreedInTheSameStep() {
        String id = book(BookingApiTests.at(DAY, "10:00"), therapist);
        var moved = asClient().post("/api/v1/bookings/" + id + "/reschedule", Map.of("start", BookingApiTests.at(DAY, "10:30")));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(moved.json().get("id").asString()).isEqualTo(id);
        assertThat(moved.json().get("start").asString()).isEqualTo(BookingApiTests.at(DAY, "10:30"));
        assertThat(moved.json().get("therapistId").asString()).as("keeps the therapist when free").isEqualTo(therapist);
        assertThat(moved.json().get("version").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from booking_change where booking_id = cast(:id as uuid)").param("id", id)
                .query(Long.class).single()).isEqualTo(1);

        String[] other = Scheduling.clearedClient(port);
        var freed = Scheduling.admin(port).post("/api/v1/bookings", Map.of("clientId", other[1], "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", BookingApiTests.at(DAY, "12:00"), "therapistId", therapist));
        assertThat(freed.status()).isEqualTo(201);
        var taken = asClient().post("/api/v1/bookings/" + id + "/reschedule",
                Map.of("start", BookingApiTests.at(DAY, "12:00"), "therapistId", therapist));
        assertThat(taken.status()).as(taken.text()).isEqualTo(409);
        assertThat(taken.text()).contains("alternatives");
        assertThat(asClient().get("/api/v1/bookings/" + id).json().get("start").asString())
                .as("a refused move leaves the booking where it was").isEqualTo(BookingApiTests.at(DAY, "10:30"));
        var offGrid = asClient().post("/api/v1/bookings/" + id + "/reschedule", Map.of("start", BookingApiTests.at(DAY, "10:10")));
        assertThat(offGrid.status()).isEqualTo(422);
    }

    @Test
    void insideTheWindowAClientMustCallButStaffMayMoveOrCancelAndLateOnesAreMarked() {
        String id = book(soon(4), allDay);
        var move = asClient().post("/api/v1/bookings/" + id + "/reschedule", Map.of("start", soon(6)));
        assertThat(move.status()).isEqualTo(422);
        assertThat(move.text()).contains("please call us");
        var cancel = asClient().post("/api/v1/bookings/" + id + "/cancel", Map.of());
        assertThat(cancel.status()).isEqualTo(422);
        assertThat(cancel.text()).contains("please call us");

        var moved = asDesk().post("/api/v1/bookings/" + id + "/reschedule", Map.of("start", soon(6)));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(jdbc.sql("select late from booking_change where booking_id = cast(:id as uuid)").param("id", id)
                .query(Boolean.class).single()).isTrue();
        var cancelled = asDesk().post("/api/v1/bookings/" + id + "/cancel", Map.of("reason", "ILLNESS", "note", "phoned in"));
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("lateCancellation").asBoolean()).isTrue();
        assertThat(asDesk().post("/api/v1/bookings/" + id + "/reschedule", Map.of("start", soon(8))).status())
                .as("a cancelled booking cannot move").isEqualTo(409);
    }

    @Test
    void outsideTheWindowACancellationIsNotLateAndATherapistMayNotMoveBookings() {
        String id = book(BookingApiTests.at(DAY, "11:00"), therapist);
        String therapistEmail = Scheduling.admin(port).get("/api/v1/therapists/" + therapist).json().get("email").asString();
        assertThat(Api.anonymous(port).as(therapistEmail, TestData.PASSWORD)
                .post("/api/v1/bookings/" + id + "/reschedule", Map.of("start", BookingApiTests.at(DAY, "13:00"))).status())
                .isEqualTo(403);
        var cancelled = asClient().post("/api/v1/bookings/" + id + "/cancel", Map.of());
        assertThat(cancelled.json().get("lateCancellation").asBoolean()).isFalse();
    }

    @Test
    void staffRecordANoShowOnceTheSessionHasStartedAndTheHistoryShowsEveryOutcome() {
        String past = book(BookingApiTests.at(DAY, "09:00"), therapist);
        String cancelled = book(BookingApiTests.at(DAY, "13:00"), therapist);
        book(BookingApiTests.at(DAY, "15:00"), therapist);
        assertThat(asDesk().post("/api/v1/bookings/" + past + "/no-show", null).status()).as("not started yet").isEqualTo(422);
        jdbc.sql("""
                update booking set starts_at = starts_at - interval '20 days', ends_at = ends_at - interval '20 days',
                    held_until = held_until - interval '20 days' where id = cast(:id as uuid)""").param("id", past).update();
        assertThat(asClient().post("/api/v1/bookings/" + past + "/no-show", null).status()).isEqualTo(403);
        var noShow = asDesk().post("/api/v1/bookings/" + past + "/no-show", null);
        assertThat(noShow.status()).as(noShow.text()).isEqualTo(200);
        assertThat(noShow.json().get("status").asString()).isEqualTo("NO_SHOW");
        asClient().post("/api/v1/bookings/" + cancelled + "/cancel", Map.of());

        var history = asClient().get("/api/v1/bookings");
        assertThat(history.json().get("total").asInt()).isEqualTo(3);
        assertThat(history.json().get("items").findValuesAsString("status"))
                .containsExactly("NO_SHOW", "CANCELLED", "BOOKED");
    }
}

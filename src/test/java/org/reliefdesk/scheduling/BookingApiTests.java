package org.reliefdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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
import org.reliefdesk.support.TestScreenings;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class BookingApiTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate DAY = LocalDate.now(NEW_YORK).plusDays(10);

    @LocalServerPort
    int port;

    String location;
    String therapist;
    String[] client;

    @BeforeEach
    void practice() {
        location = Scheduling.location(port, "America/New_York", 2, 1, 15).get("id").asString();
        therapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), DAY.plusYears(1), "09:00", "17:00");
        client = Scheduling.clearedClient(port);
    }

    static String at(LocalDate day, String time) {
        return ZonedDateTime.of(day, LocalTime.parse(time), NEW_YORK).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    Map<String, Object> booking(String clientId, String start) {
        Map<String, Object> body = new HashMap<>(Map.of("clientId", clientId, "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", start));
        body.put("therapistId", therapist);
        return body;
    }

    Api asClient() {
        return Api.anonymous(port).as(client[0], TestData.PASSWORD);
    }

    @Test
    void availabilityListsQuarterHourStartsThatEndByClosing() {
        var answer = asClient().get("/api/v1/availability?locationId=" + location + "&serviceCode=MEDICAL_MASSAGE_60&from="
                + DAY + "&to=" + DAY);
        assertThat(answer.status()).isEqualTo(200);
        var slots = answer.json().get("slots");
        assertThat(slots.size()).isEqualTo(29);
        assertThat(slots.get(0).get("start").asString()).isEqualTo(at(DAY, "09:00"));
        assertThat(slots.get(28).get("end").asString()).isEqualTo(at(DAY, "17:00"));
        assertThat(slots.get(0).get("therapistId").asString()).isEqualTo(therapist);
    }

    @Test
    void aClientBooksAndTheSlotIsThenTakenWithAlternatives() {
        var booked = asClient().post("/api/v1/bookings", booking(client[1], at(DAY, "10:00")));
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        assertThat(booked.json().get("status").asString()).isEqualTo("BOOKED");
        assertThat(booked.json().get("end").asString()).isEqualTo(at(DAY, "11:00"));
        assertThat(booked.json().get("therapistId").asString()).isEqualTo(therapist);

        String[] other = Scheduling.clearedClient(port);
        var taken = Scheduling.admin(port).post("/api/v1/bookings", booking(other[1], at(DAY, "10:45")));
        assertThat(taken.status()).as(taken.text()).isEqualTo(409);
        var alternatives = taken.json().get("alternatives");
        assertThat(alternatives.size()).isPositive();
        assertThat(alternatives.get(0).get("start").asString()).isEqualTo(at(DAY, "11:15"));

        var again = asClient().post("/api/v1/bookings", booking(client[1], at(DAY, "10:30")));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.text()).contains("already has a booking");

        var slots = asClient().get("/api/v1/availability?locationId=" + location + "&serviceCode=MEDICAL_MASSAGE_60&from="
                + DAY + "&to=" + DAY).json().get("slots");
        assertThat(slots.toString()).doesNotContain("\"start\":\"" + at(DAY, "09:00"), "\"start\":\"" + at(DAY, "11:00"))
                .contains("\"start\":\"" + at(DAY, "11:15"));
    }

    @Test
    void theScreeningGateAndTheNotBookableCasesAre422() {
        String[] fresh = Scheduling.clearedClient(port);
        TestScreenings.set(fresh[1], "NO_INTAKE");
        Api admin = Scheduling.admin(port);
        assertThat(admin.post("/api/v1/bookings", booking(fresh[1], at(DAY, "09:00"))).text()).contains("no submitted intake");
        TestScreenings.set(fresh[1], "URGENT");
        assertThat(admin.post("/api/v1/bookings", booking(fresh[1], at(DAY, "09:00"))).status()).isEqualTo(422);
        TestScreenings.set(fresh[1], "CLEARANCE_REQUIRED");
        assertThat(admin.post("/api/v1/bookings", booking(fresh[1], at(DAY, "09:00"))).text()).contains("clearance");

        assertThat(admin.post("/api/v1/bookings", booking(client[1], at(DAY, "09:10"))).text()).contains("quarter hour");
        assertThat(admin.post("/api/v1/bookings", booking(client[1], at(DAY, "16:15"))).text()).contains("working hours");
        var unknown = admin.post("/api/v1/bookings", Map.of("clientId", "nope", "locationId", location,
                "serviceCode", "NOPE", "start", at(DAY, "09:00"), "therapistId", "00000000-0000-0000-0000-000000000000"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text()).contains("\"field\":\"clientId\"", "\"field\":\"serviceCode\"", "\"field\":\"therapistId\"");
    }

    @Test
    void aClientCancelsOutsideTheLateWindowOnlyAndStaffMarkLateCancellations() {
        String id = asClient().post("/api/v1/bookings", booking(client[1], at(DAY, "09:00"))).json().get("id").asString();
        var cancelled = asClient().post("/api/v1/bookings/" + id + "/cancel", Map.of());
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("lateCancellation").asBoolean()).isFalse();
        assertThat(asClient().post("/api/v1/bookings", booking(client[1], at(DAY, "09:00"))).status()).isEqualTo(201);

        LocalDate tomorrow = LocalDate.now(NEW_YORK).plusDays(1);
        String soonTherapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), DAY, "00:00", "24:00");
        var soon = booking(client[1], ZonedDateTime.now(NEW_YORK).plusHours(3).withMinute(0).withSecond(0).withNano(0)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        soon.put("therapistId", soonTherapist);
        var early = asClient().post("/api/v1/bookings", soon);
        assertThat(early.status()).as(early.text()).isEqualTo(201);
        String soonId = early.json().get("id").asString();
        var refused = asClient().post("/api/v1/bookings/" + soonId + "/cancel", null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("please call us");
        var late = Scheduling.admin(port).post("/api/v1/bookings/" + soonId + "/cancel", Map.of("reason", "CLIENT_REQUEST"));
        assertThat(late.json().get("lateCancellation").asBoolean()).isTrue();
        assertThat(tomorrow).isAfter(LocalDate.now(NEW_YORK));
    }

    @Test
    void aClientSeesOnlyTheirOwnBookings() {
        String id = asClient().post("/api/v1/bookings", booking(client[1], at(DAY, "13:00"))).json().get("id").asString();
        String[] other = Scheduling.clearedClient(port);
        Api otherApi = Api.anonymous(port).as(other[0], TestData.PASSWORD);
        assertThat(otherApi.get("/api/v1/bookings/" + id).status()).isEqualTo(404);
        var none = otherApi.get("/api/v1/bookings");
        assertThat(none.status()).as(none.text()).isEqualTo(200);
        assertThat(none.json().get("total").asInt()).isZero();
        assertThat(otherApi.get("/api/v1/bookings?clientId=" + client[1]).status()).isEqualTo(404);
        assertThat(asClient().get("/api/v1/bookings").json().get("total").asInt()).isEqualTo(1);
        var staffList = Scheduling.admin(port).get("/api/v1/bookings?locationId=" + location + "&from=" + DAY + "&to=" + DAY);
        assertThat(staffList.json().get("total").asInt()).isEqualTo(1);
        assertThat(otherApi.post("/api/v1/bookings", booking(client[1], at(DAY, "15:00"))).status()).isEqualTo(404);
    }

    @Test
    void timesAlreadyPassedAreNotOfferedAndImplausibleTimesAreRefusedNotAServerError() {
        String allDay = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), DAY, "00:00", "24:00");
        LocalDate today = LocalDate.now(NEW_YORK);
        var slots = asClient().get("/api/v1/availability?locationId=" + location + "&serviceCode=MEDICAL_MASSAGE_60&from="
                + today.minusDays(1) + "&to=" + today + "&therapistId=" + allDay).json().get("slots");
        var now = java.time.OffsetDateTime.now();
        slots.forEach(slot -> assertThat(java.time.OffsetDateTime.parse(slot.get("start").asString())).isAfter(now));

        Api admin = Scheduling.admin(port);
        var fraction = admin.post("/api/v1/bookings", booking(client[1], at(DAY, "10:15").replace(":00-", ":00.5-")));
        assertThat(fraction.status()).isEqualTo(422);
        assertThat(fraction.text()).contains("quarter hour");
        var farOff = admin.post("/api/v1/bookings", booking(client[1], "+300000-12-06T10:00:00-05:00"));
        assertThat(farOff.status()).isEqualTo(422);
        assertThat(farOff.text()).contains("\"field\":\"start\"");
        assertThat(admin.get("/api/v1/availability?locationId=" + location + "&serviceCode=MEDICAL_MASSAGE_60"
                + "&from=%2B300000-12-06T10:00:00Z&to=%2B300000-12-08T10:00:00Z").status()).isEqualTo(422);
        assertThat(admin.get("/api/v1/bookings?from=%2B300000-12-06T10:00:00Z").status()).isEqualTo(422);
    }

    @Test
    void alternativesLeaveOutTimesTheClientIsAlreadyBookedAt() {
        String second = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), DAY.plusYears(1), "09:00", "17:00");
        Api admin = Scheduling.admin(port);
        assertThat(admin.post("/api/v1/bookings", booking(client[1], at(DAY, "11:00"))).status()).isEqualTo(201);
        String[] other = Scheduling.clearedClient(port);
        Map<String, Object> otherAtTen = booking(other[1], at(DAY, "10:00"));
        otherAtTen.put("therapistId", second);
        assertThat(admin.post("/api/v1/bookings", otherAtTen).status()).isEqualTo(201);

        Map<String, Object> taken = booking(client[1], at(DAY, "10:00"));
        taken.put("therapistId", second);
        var conflict = admin.post("/api/v1/bookings", taken);
        assertThat(conflict.status()).as(conflict.text()).isEqualTo(409);
        conflict.json().get("alternatives").forEach(alternative -> {
            var start = java.time.OffsetDateTime.parse(alternative.get("start").asString());
            var clientsOwn = java.time.OffsetDateTime.parse(at(DAY, "11:00"));
            assertThat(start.isAfter(clientsOwn.minusHours(1)) && start.isBefore(clientsOwn.plusHours(1)))
                    .as(alternative.toString()).isFalse();
        });
    }

    @Test
    void aClientRecordingANoShowOnSomeoneElsesBookingGets404() {
        String id = Scheduling.admin(port).post("/api/v1/bookings", booking(client[1], at(DAY, "13:00"))).json()
                .get("id").asString();
        String[] other = Scheduling.clearedClient(port);
        Api otherApi = Api.anonymous(port).as(other[0], TestData.PASSWORD);
        assertThat(otherApi.post("/api/v1/bookings/" + id + "/no-show", null).status()).isEqualTo(404);
        assertThat(asClient().post("/api/v1/bookings/" + id + "/no-show", null).status()).isEqualTo(403);
    }

    @Test
    void aUtcLocationAndWholeDaysOffAreAccepted() {
        assertThat(Scheduling.location(port, "UTC", 1, 0, 0).get("timeZone").asString()).isEqualTo("UTC");
        var offset = Scheduling.admin(port).post("/api/v1/locations", Map.of("name", "Offset", "timeZone", "+05:00",
                "rooms", List.of(Map.of("name", "A"))));
        assertThat(offset.status()).isEqualTo(422);

        List<Map<String, String>> weekly = new java.util.ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            weekly.add(Map.of("day", day, "start", "09:00", "end", "17:00"));
        }
        var hours = Scheduling.admin(port).put("/api/v1/therapists/" + therapist + "/hours", Map.of("locationId", location,
                "weekly", weekly, "timeOff", List.of(Map.of("start", DAY.toString(), "end", DAY.plusDays(1).toString()))));
        assertThat(hours.status()).as(hours.text()).isEqualTo(200);
        String slots = asClient().get("/api/v1/availability?locationId=" + location + "&serviceCode=MEDICAL_MASSAGE_60&from="
                + DAY + "&to=" + DAY.plusDays(2)).json().get("slots").toString();
        assertThat(slots).doesNotContain(DAY + "T", DAY.plusDays(1) + "T").contains(DAY.plusDays(2) + "T09:00:00");
    }
}

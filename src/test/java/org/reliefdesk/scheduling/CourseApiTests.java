package org.reliefdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Mailbox;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CourseApiTests {

    static final LocalDate MONDAY = LocalDate.now(BookingApiTests.NEW_YORK).plusDays(7)
            .with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    String location;
    String therapist;
    String[] client;

    @BeforeEach
    void practice() {
        location = Scheduling.location(port, "America/New_York", 2, 1, 15).get("id").asString();
        therapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), MONDAY.plusYears(1), "09:00", "17:00");
        Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), MONDAY.plusYears(1), "09:00", "17:00");
        client = Scheduling.clearedClient(port);
    }

    Map<String, Object> course(String start, int sessions, Object pattern, String key) {
        Map<String, Object> body = new HashMap<>(Map.of("clientId", client[1], "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", start, "sessions", sessions, key, pattern));
        body.put("therapistId", therapist);
        return body;
    }

    Api asClient() {
        return Api.anonymous(port).as(client[0], TestData.PASSWORD);
    }

    @Test
    void sixWeeklySessionsAreBookedWithTheNamedTherapistAndConfirmedInOneMessage() {
        var created = asClient().post("/api/v1/courses", course(BookingApiTests.at(MONDAY, "10:00"), 6, 7, "intervalDays"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode bookings = created.json().get("bookings");
        assertThat(bookings.size()).isEqualTo(6);
        for (int i = 0; i < 6; i++) {
            assertThat(bookings.get(i).get("start").asString()).isEqualTo(BookingApiTests.at(MONDAY.plusWeeks(i), "10:00"));
            assertThat(bookings.get(i).get("therapistId").asString()).isEqualTo(therapist);
            assertThat(bookings.get(i).get("courseId").asString()).isEqualTo(created.json().get("id").asString());
        }
        var read = asClient().get("/api/v1/courses/" + created.json().get("id").asString());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("bookings").size()).isEqualTo(6);
        String[] other = Scheduling.clearedClient(port);
        assertThat(Api.anonymous(port).as(other[0], TestData.PASSWORD)
                .get("/api/v1/courses/" + created.json().get("id").asString()).status()).isEqualTo(404);

        List<MimeMessage> mail = Mailbox.await(client[0], 1);
        String body = Mailbox.body(mail.get(0));
        assertThat(body).contains("Your course of 6 sessions is booked", "6. ", "Cancellation policy");
        assertThat(Mailbox.afterOutboxDrained(jdbc, client[0])).as("one message for the whole course").hasSize(1);
    }

    @Test
    void aTakenSessionInTheMiddleBooksNothingAndNamesThatSessionWithAlternativesWithTheTherapist() {
        String[] other = Scheduling.clearedClient(port);
        var blocker = Scheduling.admin(port).post("/api/v1/bookings", Map.of("clientId", other[1], "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", BookingApiTests.at(MONDAY.plusWeeks(2), "10:30"),
                "therapistId", therapist));
        assertThat(blocker.status()).as(blocker.text()).isEqualTo(201);

        var refused = asClient().post("/api/v1/courses", course(BookingApiTests.at(MONDAY, "10:00"), 6, 7, "intervalDays"));
        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        JsonNode conflicts = refused.json().get("conflicts");
        assertThat(conflicts.size()).isEqualTo(1);
        assertThat(conflicts.get(0).get("start").asString()).isEqualTo(BookingApiTests.at(MONDAY.plusWeeks(2), "10:00"));
        JsonNode alternatives = conflicts.get(0).get("alternatives");
        assertThat(alternatives.size()).isPositive();
        alternatives.forEach(a -> assertThat(a.get("therapistId").asString()).isEqualTo(therapist));
        assertThat(asClient().get("/api/v1/bookings").json().get("total").asInt()).isZero();
        assertThat(jdbc.sql("select count(*) from course where client_id = cast(:c as uuid)").param("c", client[1])
                .query(Long.class).single()).isZero();

        Scheduling.admin(port).post("/api/v1/bookings/" + blocker.json().get("id").asString() + "/cancel", Map.of());
        var booked = asClient().post("/api/v1/courses", course(BookingApiTests.at(MONDAY, "10:00"), 6, 7, "intervalDays"));
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
    }

    @Test
    void withoutATherapistEachSessionTakesAnyQualifiedOne() {
        String[] other = Scheduling.clearedClient(port);
        Scheduling.admin(port).post("/api/v1/bookings", Map.of("clientId", other[1], "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", BookingApiTests.at(MONDAY.plusWeeks(1), "10:00"),
                "therapistId", therapist));
        Map<String, Object> body = course(BookingApiTests.at(MONDAY, "10:00"), 3, 7, "intervalDays");
        body.remove("therapistId");
        var created = asClient().post("/api/v1/courses", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("bookings").get(1).get("therapistId").asString()).isNotEqualTo(therapist);
    }

    @Test
    void twiceWeeklyOnMondaysAndThursdaysAtTheStartsTime() {
        var created = Scheduling.admin(port).post("/api/v1/courses",
                course(BookingApiTests.at(MONDAY, "14:15"), 4, List.of("MONDAY", "THURSDAY"), "daysOfWeek"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode bookings = created.json().get("bookings");
        assertThat(bookings.get(0).get("start").asString()).isEqualTo(BookingApiTests.at(MONDAY, "14:15"));
        assertThat(bookings.get(1).get("start").asString()).isEqualTo(BookingApiTests.at(MONDAY.plusDays(3), "14:15"));
        assertThat(bookings.get(2).get("start").asString()).isEqualTo(BookingApiTests.at(MONDAY.plusDays(7), "14:15"));
        assertThat(bookings.get(3).get("start").asString()).isEqualTo(BookingApiTests.at(MONDAY.plusDays(10), "14:15"));
    }

    @Test
    void aBadPatternIsA422NamingTheField() {
        Map<String, Object> both = course(BookingApiTests.at(MONDAY, "10:00"), 4, 7, "intervalDays");
        both.put("daysOfWeek", List.of("MONDAY"));
        var refused = asClient().post("/api/v1/courses", both);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("\"field\":\"daysOfWeek\"");
        var wrongDay = asClient().post("/api/v1/courses",
                course(BookingApiTests.at(MONDAY, "10:00"), 4, List.of("TUESDAY"), "daysOfWeek"));
        assertThat(wrongDay.status()).isEqualTo(422);
        assertThat(wrongDay.text()).contains("\"field\":\"start\"");
        var tooMany = asClient().post("/api/v1/courses", course(BookingApiTests.at(MONDAY, "10:00"), 99, 7, "intervalDays"));
        assertThat(tooMany.text()).contains("\"field\":\"sessions\"");
        String[] other = Scheduling.clearedClient(port);
        Map<String, Object> forOther = course(BookingApiTests.at(MONDAY, "10:00"), 2, 7, "intervalDays");
        forOther.put("clientId", other[1]);
        assertThat(asClient().post("/api/v1/courses", forOther).status()).isEqualTo(404);
    }
}

package org.reliefdesk.interop.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.reliefdesk.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Closing an account: who may, sign-in refused everywhere, future bookings cancelled, retention kept, twice 409. */
@IntegrationTest
class AccountClosureTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate DAY = LocalDate.now(NEW_YORK).plusDays(12);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Scheduling.Practice practice;

    @BeforeEach
    void practice() {
        practice = Scheduling.practice(port, DAY.plusYears(1));
    }

    Api as(String email) {
        return Api.anonymous(port).as(email, TestData.PASSWORD);
    }

    Api.Response book(Api api, String time) {
        return api.post("/api/v1/bookings", Map.of("clientId", practice.clientId(), "locationId", practice.location(),
                "serviceCode", "MEDICAL_MASSAGE_60", "therapistId", practice.therapist(),
                "start", ZonedDateTime.of(DAY, java.time.LocalTime.parse(time), NEW_YORK)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
    }

    Api.Response close(Api api, String clientId) {
        return api.post("/api/v1/clients/" + clientId + "/close", Map.of("reason", "Moving away"));
    }

    @Test
    void theClientClosesTheirAccountSignInIsRefusedAndFutureBookingsAreCancelled() {
        Api token = Tokens.bearer(port, practice.clientEmail());
        var booked = book(as(practice.clientEmail()), "10:00");
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        String bookingId = booked.json().get("id").asString();

        var closed = close(as(practice.clientEmail()), practice.clientId());

        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        Instant closedAt = Instant.parse(closed.json().get("closedAt").asString());
        Instant purgeAfter = Instant.parse(closed.json().get("purgeAfter").asString());
        assertThat(purgeAfter).isEqualTo(closedAt.atOffset(java.time.ZoneOffset.UTC).plusYears(7).toInstant());
        assertThat(closed.json().get("reason").asString()).isEqualTo("Moving away");
        assertThat(closed.json().get("cancelledBookings").get(0).asString()).isEqualTo(bookingId);
        var booking = jdbc.sql("select status, cancel_reason, cancel_note, late_cancellation from booking"
                + " where id = cast(:id as uuid)").param("id", bookingId).query().singleRow();
        assertThat(booking).containsEntry("status", "CANCELLED").containsEntry("cancel_reason", "OTHER")
                .containsEntry("cancel_note", "account closed").containsEntry("late_cancellation", false);
        assertThat(as(practice.clientEmail()).get("/api/v1/me/access-log").status()).as("Basic").isEqualTo(401);
        assertThat(token.get("/api/v1/me/access-log").status()).as("Bearer").isEqualTo(401);
        assertThat(Api.anonymous(port).as(practice.clientEmail(), TestData.PASSWORD).post("/api/v1/tokens", null)
                .status()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCOUNT_CLOSED'"
                + " and client_id = cast(:id as uuid)").param("id", practice.clientId()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void closingTwiceIsAConflict() {
        assertThat(close(as(TestData.ADMIN_EMAIL), practice.clientId()).status()).isEqualTo(200);
        var again = close(as(TestData.ADMIN_EMAIL), practice.clientId());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).contains("application/problem+json");
    }

    @Test
    void anotherClientGetsNotFoundAndStaffOtherThanAnAdministratorAreRefused() {
        String[] other = Scheduling.clearedClient(port);
        assertThat(close(as(other[0]), practice.clientId()).status()).isEqualTo(404);
        for (String role : List.of("THERAPIST", "FRONT_DESK")) {
            String staff = TestData.createStaff(Api.anonymous(port), role);
            assertThat(close(as(staff), practice.clientId()).status()).as(role).isEqualTo(403);
        }
        assertThat(close(as(TestData.ADMIN_EMAIL), "00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from client where id = cast(:id as uuid) and closed_at is null")
                .param("id", practice.clientId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReasonIsRequired() {
        var missing = as(practice.clientEmail()).post("/api/v1/clients/" + practice.clientId() + "/close",
                Map.of("reason", " "));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.text()).contains("\"field\":\"reason\"");
    }

    @Test
    void aClosedClientCannotBeBookedAndTheDeskSeesAccountClosed() {
        String desk = TestData.createStaff(Api.anonymous(port), "FRONT_DESK");
        assertThat(close(as(TestData.ADMIN_EMAIL), practice.clientId()).status()).isEqualTo(200);

        var refused = book(as(desk), "11:00");

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.text()).contains("\"field\":\"clientId\"").contains("closed");
    }

    @Test
    void aClosedAccountLeavesTheWaitlist() {
        var joined = as(practice.clientEmail()).post("/api/v1/waitlist", Map.of("locationId", practice.location(),
                "serviceCode", "MEDICAL_MASSAGE_60", "date", DAY.toString()));
        assertThat(joined.status()).as(joined.text()).isEqualTo(201);

        assertThat(close(as(practice.clientEmail()), practice.clientId()).status()).isEqualTo(200);

        assertThat(jdbc.sql("select status from waitlist_entry where id = cast(:id as uuid)")
                .param("id", joined.json().get("id").asString()).query(String.class).single()).isEqualTo("CANCELLED");
    }

    @Test
    void aBookingThatHasStartedIsLeftAlone() {
        var past = org.reliefdesk.support.PastSessions.on(jdbc, practice.clientId(), LocalDate.now().minusDays(3),
                "COMPLETED");
        assertThat(close(as(TestData.ADMIN_EMAIL), practice.clientId()).json().get("cancelledBookings").size()).isZero();
        assertThat(jdbc.sql("select status from booking where id = :id").param("id", past).query(String.class)
                .single()).isEqualTo("COMPLETED");
    }
}

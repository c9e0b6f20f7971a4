package org.reliefdesk.scheduling.holds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.reliefdesk.support.TestScreenings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Holds for new clients: made, refused, confirmed or released by the intake, expired once. */
@IntegrationTest
class HoldsTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate DAY = LocalDate.now(NEW_YORK).plusDays(9);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HoldExpiry expiry;

    String location;
    String therapist;
    String email;
    String clientId;

    @BeforeEach
    void practice() {
        location = Scheduling.location(port, "America/New_York", 1, 0, 15).get("id").asString();
        therapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), DAY.plusYears(1), "09:00", "17:00");
        email = TestData.uniqueEmail("new");
        clientId = TestData.registerClient(Api.anonymous(port), email);
    }

    static String at(String time) {
        return ZonedDateTime.of(DAY, LocalTime.parse(time), NEW_YORK).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    Map<String, Object> hold(String client, String start) {
        Map<String, Object> body = new HashMap<>(Map.of("clientId", client, "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", start, "therapistId", therapist));
        body.put("hold", true);
        return body;
    }

    Api client() {
        return Api.anonymous(port).as(email, TestData.PASSWORD);
    }

    Api.Response holdAt(String time) {
        return client().post("/api/v1/bookings", hold(clientId, at(time)));
    }

    void expire(String bookingId) {
        jdbc.sql("update booking set hold_expires_at = now() - interval '1 second' where id = :id")
                .param("id", UUID.fromString(bookingId)).update();
    }

    @Test
    void aNewClientHoldsATimeForTheHoldsMinutes() {
        var held = holdAt("10:00");
        assertThat(held.status()).as(held.text()).isEqualTo(201);
        assertThat(held.json().get("status").asString()).isEqualTo("HELD");
        OffsetDateTime expires = OffsetDateTime.parse(held.json().get("holdExpiresAt").asString());
        assertThat(Duration.between(OffsetDateTime.now(), expires).toMinutes()).isBetween(58L, 60L);
        var read = client().get("/api/v1/bookings/" + held.json().get("id").asString());
        assertThat(read.json().get("status").asString()).isEqualTo("HELD");
    }

    @Test
    void withoutHoldANewClientStillCannotBook() {
        var body = hold(clientId, at("10:00"));
        body.remove("hold");
        var refused = client().post("/api/v1/bookings", body);
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.text()).contains("no submitted intake");
    }

    @Test
    void frontDeskHoldsForANewClientAndTheTimeIsTaken() {
        var held = Scheduling.admin(port).post("/api/v1/bookings", hold(clientId, at("11:00")));
        assertThat(held.status()).as(held.text()).isEqualTo(201);
        var slots = Scheduling.admin(port).get("/api/v1/availability?locationId=" + location
                + "&serviceCode=MEDICAL_MASSAGE_60&from=" + DAY + "&to=" + DAY).text();
        assertThat(slots).doesNotContain(at("11:00"));
    }

    @Test
    void aSecondHoldIsAConflictAndTheSameHoldAgainIsTheSameHold() {
        String first = holdAt("10:00").json().get("id").asString();
        var again = holdAt("10:00");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asString()).isEqualTo(first);
        var second = holdAt("14:00");
        assertThat(second.status()).as(second.text()).isEqualTo(409);
        assertThat(second.text()).contains("one hold per client");
    }

    @Test
    void aDoubleClickHoldsOnce() {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Api.Response>> clicks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            clicks.add(CompletableFuture.supplyAsync(() -> {
                await(go);
                return holdAt("12:00");
            }));
        }
        go.countDown();
        var a = clicks.get(0).join();
        var b = clicks.get(1).join();
        assertThat(a.status()).as(a.text()).isEqualTo(201);
        assertThat(b.status()).as(b.text()).isEqualTo(201);
        assertThat(a.json().get("id").asString()).isEqualTo(b.json().get("id").asString());
        assertThat(jdbc.sql("select count(*) from booking where client_id = :c").param("c", UUID.fromString(clientId))
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void holdingForAClientWithASubmittedIntakeIsRefused() {
        String[] cleared = Scheduling.clearedClient(port);
        var refused = Scheduling.admin(port).post("/api/v1/bookings", hold(cleared[1], at("10:00")));
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.text()).contains("book the time instead");

        String[] blocked = Scheduling.clearedClient(port);
        TestScreenings.set(blocked[1], "URGENT");
        var urgent = Scheduling.admin(port).post("/api/v1/bookings", hold(blocked[1], at("10:00")));
        assertThat(urgent.status()).as(urgent.text()).isEqualTo(422);
        assertThat(urgent.text()).contains("prompt medical attention");
    }

    @Test
    void anExpiredHoldFreesItsSlotBeforeTheJobRuns() {
        String id = holdAt("10:00").json().get("id").asString();
        expire(id);
        var read = client().get("/api/v1/bookings/" + id).json();
        assertThat(read.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(read.get("cancelReason").asString()).isEqualTo("HOLD_EXPIRED");
        var slots = Scheduling.admin(port).get("/api/v1/availability?locationId=" + location
                + "&serviceCode=MEDICAL_MASSAGE_60&from=" + DAY + "&to=" + DAY).text();
        assertThat(slots).contains(at("10:00"));

        String[] other = Scheduling.clearedClient(port);
        var body = hold(other[1], at("10:00"));
        body.remove("hold");
        var booked = Scheduling.admin(port).post("/api/v1/bookings", body);
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        assertThat(holdAt("13:00").status()).as("the client may hold again").isEqualTo(201);
        assertThat(jdbc.sql("select status || '/' || cancel_reason from booking where id = :id")
                .param("id", UUID.fromString(id)).query(String.class).single()).isEqualTo("CANCELLED/HOLD_EXPIRED");
    }

    @Test
    void twoInstancesExpireAHoldOnce() throws Exception {
        String id = holdAt("15:00").json().get("id").asString();
        expire(id);
        CountDownLatch go = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> {
            await(go);
            return expiry.expire();
        });
        var second = CompletableFuture.supplyAsync(() -> {
            await(go);
            return expiry.expire();
        });
        go.countDown();
        List<UUID> all = new ArrayList<>(first.get());
        all.addAll(second.get());
        assertThat(all).containsOnlyOnce(UUID.fromString(id));
        assertThat(expiry.expire()).doesNotContain(UUID.fromString(id));
    }

    @Test
    void anIntakeThatLetsThemBookConfirmsTheHold() {
        String id = holdAt("10:00").json().get("id").asString();
        var submitted = client().post("/api/v1/clients/" + clientId + "/intake", IntakeFixtures.episodicMigraine());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        assertThat(submitted.json().get("confirmedBookings").get(0).asString()).isEqualTo(id);
        assertThat(submitted.json().get("releasedBookings").size()).isZero();
        var read = client().get("/api/v1/bookings/" + id).json();
        assertThat(read.get("status").asString()).isEqualTo("BOOKED");
        assertThat(read.get("screeningStatus").asString()).isEqualTo("CLEARED");
    }

    @Test
    void aBlockingScreeningReleasesTheHold() {
        String id = holdAt("10:00").json().get("id").asString();
        var urgent = IntakeFixtures.with(IntakeFixtures.episodicMigraine(), "warning.thunderclap", true);
        var submitted = client().post("/api/v1/clients/" + clientId + "/intake", urgent);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        assertThat(submitted.json().get("releasedBookings").get(0).asString()).isEqualTo(id);
        assertThat(submitted.json().get("screening").get("status").asString()).isEqualTo("URGENT");
        var read = client().get("/api/v1/bookings/" + id).json();
        assertThat(read.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(read.get("cancelReason").asString()).isEqualTo("HOLD_RELEASED");
    }

    @Test
    void anonymousCallersSeeFreeTimesWithTheTherapistsFirstNameOnly() {
        var answer = Api.anonymous(port).get("/api/v1/availability?locationId=" + location
                + "&serviceCode=MEDICAL_MASSAGE_60&from=" + DAY + "&to=" + DAY);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        var slot = answer.json().get("slots").get(0);
        assertThat(slot.get("therapistFirstName").asString()).isEqualTo("Therapist");
        assertThat(slot.get("therapistId").asString()).isEqualTo(therapist);
        assertThat(slot.has("therapistName")).isFalse();
        var withClient = Api.anonymous(port).get("/api/v1/availability?locationId=" + location
                + "&serviceCode=MEDICAL_MASSAGE_60&from=" + DAY + "&to=" + DAY + "&clientId=" + clientId);
        assertThat(withClient.status()).isEqualTo(401);
        var signedIn = client().get("/api/v1/availability?locationId=" + location
                + "&serviceCode=MEDICAL_MASSAGE_60&from=" + DAY + "&to=" + DAY);
        assertThat(signedIn.json().get("slots").get(0).has("therapistFirstName")).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

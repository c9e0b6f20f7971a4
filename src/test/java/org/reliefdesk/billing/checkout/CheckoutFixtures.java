package org.reliefdesk.billing.checkout;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.support.Api;
import org.reliefdesk.support.PastSessions;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Visits to check out (inserted straight into the booking tables), packages and invoice numbers for checkout tests. */
final class CheckoutFixtures {

    static final String SERVICE = "MEDICAL_MASSAGE_60";
    static final String PRICE = "95.00";

    private CheckoutFixtures() {
    }

    /** The demo's price for the service the visits are of (the "prices" lane sets the same). */
    static void price(JdbcClient jdbc) {
        jdbc.sql("update service set price = 95.00 where code = :code").param("code", SERVICE).update();
    }

    /** A visit of the client that started an hour ago, in {@code status}. */
    static UUID started(JdbcClient jdbc, String clientId, String status) {
        return PastSessions.at(jdbc, UUID.fromString(clientId), Instant.now().minusSeconds(3600 + apart()), status);
    }

    static UUID upcoming(JdbcClient jdbc, String clientId) {
        return PastSessions.at(jdbc, UUID.fromString(clientId), Instant.now().plusSeconds(7200 + apart()), "BOOKED");
    }

    private static final java.util.concurrent.atomic.AtomicLong SLOTS = new java.util.concurrent.atomic.AtomicLong();

    /** Seconds that keep one client's test visits from overlapping (two hours apart each). */
    private static long apart() {
        return SLOTS.getAndIncrement() * 7200;
    }

    static String status(JdbcClient jdbc, UUID booking) {
        return jdbc.sql("select status from booking where id = :id").param("id", booking).query(String.class).single();
    }

    /** The last invoice number of this year's series (0 when none). */
    static int lastNumber(JdbcClient jdbc) {
        return jdbc.sql("select coalesce(max(seq), 0) from invoice where year = extract(year from current_date)")
                .query(Integer.class).single();
    }

    static Api desk(int port) {
        return Api.anonymous(port).as(TestData.createStaff(Api.anonymous(port), "FRONT_DESK"), TestData.PASSWORD);
    }

    /** A package of {@code sessions} of the service, defined by the admin; returns its id. */
    static String definePackage(int port, int sessions, String price) {
        var created = Scheduling.admin(port).post("/api/v1/packages", Map.of("name", sessions + " × Test massage 60",
                "serviceCode", SERVICE, "sessions", sessions, "price", price, "validDays", 180));
        if (created.status() != 201) {
            throw new IllegalStateException("package failed: " + created);
        }
        return created.json().get("id").asString();
    }

    /** Sells the package to the client, paid in cash; returns the client's package id. */
    static String sell(Api desk, String clientId, String packageId) {
        var sold = desk.post("/api/v1/clients/" + clientId + "/packages", Map.of("packageId", packageId,
                "payments", List.of(Map.of("method", "CASH"))));
        if (sold.status() != 201) {
            throw new IllegalStateException("sale failed: " + sold);
        }
        return sold.json().get("id").asString();
    }
}

package org.reliefdesk.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions in the past (the API books only future times): inserted straight into the booking
 * tables, each with its own therapist and room so that they never collide. For outcome and
 * note tests and the benchmark.
 */
public final class PastSessions {

    private PastSessions() {
    }

    /** A session for the client at 10:00 (the location's zone, here the JVM's) on {@code date}; returns its id. */
    public static UUID on(JdbcClient jdbc, String clientId, LocalDate date, String status) {
        return at(jdbc, UUID.fromString(clientId), date.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
                status);
    }

    public static UUID at(JdbcClient jdbc, UUID clientId, Instant start, String status) {
        UUID user = jdbc.sql("insert into app_user (email, full_name, role) values (:email, 'Tess Therapist',"
                + " 'THERAPIST') returning id").param("email", TestData.uniqueEmail("past-therapist"))
                .query(UUID.class).single();
        return at(jdbc, clientId, start, status, user);
    }

    /** A session on {@code date} at 10:00 with this therapist (a staff account, made a therapist if need be). */
    public static UUID with(JdbcClient jdbc, String clientId, LocalDate date, String status, String therapistEmail) {
        UUID user = jdbc.sql("select id from app_user where lower(email) = lower(:email)")
                .param("email", therapistEmail).query(UUID.class).single();
        return at(jdbc, UUID.fromString(clientId), date.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
                status, user);
    }

    private static UUID at(JdbcClient jdbc, UUID clientId, Instant start, String status, UUID user) {
        UUID location = jdbc.sql("insert into location (name, time_zone) values ('Past clinic', :zone) returning id")
                .param("zone", ZoneId.systemDefault().getId()).query(UUID.class).single();
        UUID room = jdbc.sql("insert into room (location_id, name, position) values (:l, 'Room 1', 1) returning id")
                .param("l", location).query(UUID.class).single();
        jdbc.sql("insert into therapist (id, location_id, skills) values (:id, :l, '{MEDICAL_MASSAGE}')"
                        + " on conflict (id) do nothing")
                .param("id", user).param("l", location).update();
        return jdbc.sql("""
                insert into booking (client_id, location_id, service_code, therapist_id, room_id, starts_at, ends_at,
                                     held_until, status, screening_status)
                values (:client, :l, 'MEDICAL_MASSAGE_60', :t, :room, :start, :end, :end, :status, 'CLEARED')
                returning id""")
                .param("client", clientId).param("l", location).param("t", user).param("room", room)
                .param("start", java.sql.Timestamp.from(start))
                .param("end", java.sql.Timestamp.from(start.plusSeconds(3600)))
                .param("status", status).query(UUID.class).single();
    }
}

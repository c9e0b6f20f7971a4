package org.reliefdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database itself refuses overlaps, whatever the application checked first. */
@IntegrationTest
class ExclusionConstraintTests {

    static final OffsetDateTime TEN = OffsetDateTime.parse("2031-03-03T10:00:00-05:00");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    UUID location;
    UUID roomA;
    UUID roomB;
    UUID kit;
    UUID therapistA;
    UUID therapistB;

    @BeforeEach
    void practice() {
        var json = Scheduling.location(port, "America/New_York", 2, 1, 15);
        location = UUID.fromString(json.get("id").asString());
        roomA = UUID.fromString(json.get("rooms").get(0).get("id").asString());
        roomB = UUID.fromString(json.get("rooms").get(1).get("id").asString());
        kit = jdbc.sql("select id from equipment_unit where location_id = :l").param("l", location).query(UUID.class).single();
        therapistA = UUID.fromString(Scheduling.therapist(port, location.toString(), List.of("MEDICAL_MASSAGE"),
                TEN.toLocalDate().plusYears(1), "09:00", "17:00"));
        therapistB = UUID.fromString(Scheduling.therapist(port, location.toString(), List.of("MEDICAL_MASSAGE"),
                TEN.toLocalDate().plusYears(1), "09:00", "17:00"));
    }

    @Test
    void aTherapistIsNeverHeldTwice() {
        insert(client(), therapistA, roomA, TEN);
        assertRefused(() -> insert(client(), therapistA, roomB, TEN.plusMinutes(70)), "booking_therapist_free");
        insert(client(), therapistA, roomB, TEN.plusMinutes(75));
    }

    @Test
    void aRoomIsNeverHeldTwice() {
        insert(client(), therapistA, roomA, TEN);
        assertRefused(() -> insert(client(), therapistB, roomA, TEN.minusMinutes(60)), "booking_room_free");
    }

    @Test
    void aClientIsNeverInTwoSessionsAtOnceButTheBufferIsNotTheirs() {
        UUID client = client();
        insert(client, therapistA, roomA, TEN);
        assertRefused(() -> insert(client, therapistB, roomB, TEN.plusMinutes(59)), "booking_client_free");
        insert(client, therapistB, roomB, TEN.plusMinutes(60));
    }

    @Test
    void anEquipmentUnitIsNeverHeldTwiceUntilReleased() {
        UUID first = insert(client(), therapistA, roomA, TEN);
        UUID second = insert(client(), therapistB, roomB, TEN);
        holdKit(first);
        assertRefused(() -> holdKit(second), "booking_equipment_free");
        jdbc.sql("update booking_equipment set released = true where booking_id = :b").param("b", first).update();
        holdKit(second);
    }

    @Test
    void aCancelledBookingHoldsNothing() {
        UUID first = insert(client(), therapistA, roomA, TEN);
        jdbc.sql("update booking set status = 'CANCELLED' where id = :id").param("id", first).update();
        insert(client(), therapistA, roomA, TEN);
        assertThat(jdbc.sql("select count(*) from booking where therapist_id = :t").param("t", therapistA)
                .query(Long.class).single()).isEqualTo(2);
    }

    private UUID client() {
        return UUID.fromString(Scheduling.clearedClient(port)[1]);
    }

    private UUID insert(UUID client, UUID therapist, UUID room, OffsetDateTime start) {
        return jdbc.sql("""
                insert into booking (client_id, location_id, service_code, therapist_id, room_id, starts_at, ends_at,
                    held_until, screening_status)
                values (:c, :l, 'MEDICAL_MASSAGE_60', :t, :r, :s, :s + interval '60 minutes', :s + interval '75 minutes',
                    'CLEARED') returning id""")
                .param("c", client).param("l", location).param("t", therapist).param("r", room).param("s", start)
                .query(UUID.class).single();
    }

    private void holdKit(UUID booking) {
        jdbc.sql("""
                insert into booking_equipment (booking_id, unit_id, held)
                select id, :kit, held from booking where id = :b""").param("kit", kit).param("b", booking).update();
    }

    private static void assertRefused(Runnable write, String constraint) {
        assertThatThrownBy(write::run).isInstanceOf(DataAccessException.class).hasMessageContaining(constraint);
    }
}

package org.reliefdesk.scheduling.agenda;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.practice.Location;

/** A small practice for the agenda's page slices: one location in New York, two rooms, two therapists. */
final class AgendaFixtures {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final UUID HARBOUR = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000001");
    static final UUID WILLOW = UUID.fromString("aaaaaaaa-0000-0000-0000-0000000000a1");
    static final UUID CEDAR = UUID.fromString("aaaaaaaa-0000-0000-0000-0000000000a2");
    static final UUID TARA = UUID.fromString("22222222-2222-2222-2222-222222222222");
    static final UUID JON = UUID.fromString("bbbbbbbb-0000-0000-0000-000000000002");
    static final UUID ANNA = UUID.fromString("cccccccc-0000-0000-0000-000000000001");
    static final Location HARBOUR_STREET = new Location(HARBOUR, "Harbour Street Clinic", NEW_YORK.getId(), 15, 24,
            List.of(new Location.Room(WILLOW, "Willow room"), new Location.Room(CEDAR, "Cedar room")), List.of(),
            "", 120);

    private AgendaFixtures() {
    }

    /** A 60-minute session for Anna at this local time; the therapist and room by id, named as above. */
    static Booking aSession(String localStart, UUID therapist, UUID room, BookingStatus status) {
        LocalDateTime start = LocalDateTime.parse(localStart);
        return new Booking(UUID.randomUUID(), ANNA, "Anna Client", HARBOUR, NEW_YORK.getId(), "MEDICAL_MASSAGE_60",
                therapist, therapist.equals(TARA) ? "Tara Therapist" : "Jon Okafor", room,
                room.equals(WILLOW) ? "Willow room" : "Cedar room", start.atZone(NEW_YORK).toInstant(),
                start.plusHours(1).atZone(NEW_YORK).toInstant(), status, "CLEARED", false, false, null, null, null, 1, null, null, null, false);
    }
}

package org.reliefdesk.scheduling.agenda;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.agenda.BookReader.Hours;
import org.reliefdesk.scheduling.agenda.BookReader.Staffing;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.services.Service;

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
    static final Service MASSAGE = new Service("MEDICAL_MASSAGE_60", "Medical massage, 60 min", 60, List.of(), true);

    private AgendaFixtures() {
    }

    /** A 60-minute session for Anna at this local time; the therapist and room by id, named as above. */
    static Booking aSession(String localStart, UUID therapist, UUID room, BookingStatus status) {
        return aSession(localStart, therapist, room, status, ANNA, "Anna Client");
    }

    static Booking aSession(String localStart, UUID therapist, UUID room, BookingStatus status, UUID client,
            String clientName) {
        LocalDateTime start = LocalDateTime.parse(localStart);
        return new Booking(UUID.randomUUID(), client, clientName, HARBOUR, NEW_YORK.getId(), "MEDICAL_MASSAGE_60",
                therapist, therapist.equals(TARA) ? "Tara Therapist" : "Jon Okafor", room,
                room.equals(WILLOW) ? "Willow room" : "Cedar room", start.atZone(NEW_YORK).toInstant(),
                start.plusHours(1).atZone(NEW_YORK).toInstant(), status, "CLEARED", false, false, null, null, null, 1, null, null, null, false);
    }

    /** Jon works 08:00–16:00 and Tara 09:00–17:00, Monday to Friday. */
    static Map<UUID, Staffing> jonAndTara() {
        Map<UUID, Staffing> staff = new LinkedHashMap<>();
        staff.put(JON, weekdays(JON, "Jon Okafor", 8 * 60, 16 * 60));
        staff.put(TARA, weekdays(TARA, "Tara Therapist", 9 * 60, 17 * 60));
        return staff;
    }

    static Staffing weekdays(UUID id, String name, int start, int end) {
        List<Hours> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.add(new Hours(day, start, end));
        }
        return new Staffing(id, name, hours, new ArrayList<>());
    }
}

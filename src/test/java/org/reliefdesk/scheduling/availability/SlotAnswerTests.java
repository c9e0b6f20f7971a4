package org.reliefdesk.scheduling.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.scheduling.availability.AvailabilityTests.MASSAGE;
import static org.reliefdesk.scheduling.availability.AvailabilityTests.MONDAY;
import static org.reliefdesk.scheduling.availability.AvailabilityTests.NEW_YORK;
import static org.reliefdesk.scheduling.availability.AvailabilityTests.at;
import static org.reliefdesk.scheduling.availability.AvailabilityTests.nineToFive;
import static org.reliefdesk.scheduling.availability.AvailabilityTests.room;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reliefdesk.scheduling.availability.Schedules.Resource;
import org.reliefdesk.scheduling.availability.Schedules.Slot;
import org.reliefdesk.scheduling.availability.Schedules.TherapistSchedule;
import org.reliefdesk.scheduling.availability.SlotFinder.SlotView;
import org.reliefdesk.scheduling.practice.Location;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The availability answer as the API writes it (bytes, streamed) and as the pages show it (views). */
class SlotAnswerTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static Location location(String zone, List<Resource> rooms) {
        return new Location(UUID.randomUUID(), "Harbour Street Clinic", zone, 15, 24,
                rooms.stream().map(r -> new Location.Room(r.id(), r.name())).toList(), List.of(), null, null);
    }

    static String written(Location location, Availability availability, List<Slot> slots, OutputStream out)
            throws IOException {
        SlotFinder.write(location, availability, slots, out);
        return out.toString();
    }

    @Test
    void theAnswerNamesTheZoneAndEachSlotsTimesTherapistAndRoom() throws IOException {
        List<Resource> rooms = List.of(room("Willow"), room("Cedar"));
        List<TherapistSchedule> therapists = List.of(nineToFive(), nineToFive());
        Availability availability = new Availability(NEW_YORK, 60, 15, MASSAGE, therapists, rooms, null);
        List<Slot> slots = availability.between(at(NEW_YORK, MONDAY, "09:00"), at(NEW_YORK, MONDAY, "10:00"));
        String json = written(location("America/New_York", rooms), availability, slots, new ByteArrayOutputStream());
        assertThat(json).isEqualTo("{\"timeZone\":\"America/New_York\",\"slots\":["
                + "{\"start\":\"2026-12-07T09:00:00-05:00\",\"end\":\"2026-12-07T10:00:00-05:00\",\"therapistId\":\""
                + therapists.get(0).id() + "\",\"roomId\":\"" + rooms.get(0).id() + "\"},"
                + "{\"start\":\"2026-12-07T09:00:00-05:00\",\"end\":\"2026-12-07T10:00:00-05:00\",\"therapistId\":\""
                + therapists.get(1).id() + "\",\"roomId\":\"" + rooms.get(0).id() + "\"}]}");
    }

    @Test
    void noSlotsIsAnEmptyList() throws IOException {
        List<Resource> rooms = List.of(room("Willow"));
        Availability availability = new Availability(NEW_YORK, 60, 15, MASSAGE, List.of(), rooms, null);
        assertThat(written(location("America/New_York", rooms), availability, List.of(), new ByteArrayOutputStream()))
                .isEqualTo("{\"timeZone\":\"America/New_York\",\"slots\":[]}");
    }

    /** A month of a busy practice is far more than the 16 kB buffer: written in parts, read back whole and equal. */
    @Test
    void aLongAnswerIsWrittenInPartsThatReadBackAsTheViews() throws IOException {
        List<Resource> rooms = List.of(room("Willow"), room("Cedar"));
        List<TherapistSchedule> therapists = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            therapists.add(nineToFive());
        }
        Availability availability = new Availability(NEW_YORK, 60, 15, MASSAGE, therapists, rooms, null);
        LocalDate first = LocalDate.of(2026, 10, 20); // across the autumn change: -04:00 and -05:00
        List<Slot> slots = availability.between(first.atStartOfDay(NEW_YORK).toEpochSecond(),
                first.plusDays(30).atStartOfDay(NEW_YORK).toEpochSecond());
        List<Integer> writes = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                writes.add(len);
                super.write(b, off, len);
            }
        };
        JsonNode answer = JSON.readTree(written(location("America/New_York", rooms), availability, slots, bytes));
        List<SlotView> views = SlotFinder.views(NEW_YORK, availability, slots);
        assertThat(slots).hasSize(30 * 29 * 6);
        assertThat(writes.size()).isGreaterThan(20);
        assertThat(writes).allSatisfy(length -> assertThat(length).isLessThanOrEqualTo(16 * 1024));
        assertThat(answer.get("slots")).hasSize(views.size());
        for (int i = 0; i < views.size(); i += 97) {
            JsonNode slot = answer.get("slots").get(i);
            assertThat(slot.get("start").asString()).isEqualTo(views.get(i).start());
            assertThat(slot.get("end").asString()).isEqualTo(views.get(i).end());
            assertThat(slot.get("therapistId").asString()).isEqualTo(views.get(i).therapistId().toString());
            assertThat(slot.get("roomId").asString()).isEqualTo(views.get(i).roomId().toString());
        }
        assertThat(answer.get("slots").get(0).get("start").asString()).isEqualTo("2026-10-20T09:00:00-04:00");
        assertThat(answer.get("slots").get(views.size() - 1).get("start").asString())
                .isEqualTo("2026-11-18T16:00:00-05:00");
    }

    @Test
    void viewsShowTimesInTheLocationsZoneWithTheFreeRoom() {
        long[] held = {at(NEW_YORK, MONDAY, "09:00"), at(NEW_YORK, MONDAY, "10:15")};
        List<Resource> rooms = List.of(room("Willow", held), room("Cedar"));
        TherapistSchedule ann = nineToFive();
        Availability availability = new Availability(NEW_YORK, 60, 15, MASSAGE, List.of(ann), rooms, null);
        List<Slot> slots = availability.between(at(NEW_YORK, MONDAY, "09:00"), at(NEW_YORK, MONDAY, "10:30"));
        assertThat(SlotFinder.views(NEW_YORK, availability, slots)).containsExactly(
                new SlotView("2026-12-07T09:00:00-05:00", "2026-12-07T10:00:00-05:00", ann.id(), rooms.get(1).id()),
                new SlotView("2026-12-07T09:15:00-05:00", "2026-12-07T10:15:00-05:00", ann.id(), rooms.get(1).id()),
                new SlotView("2026-12-07T09:30:00-05:00", "2026-12-07T10:30:00-05:00", ann.id(), rooms.get(1).id()));
        assertThat(SlotFinder.views(java.time.ZoneId.of("UTC"), availability, slots.subList(0, 1)).get(0).start())
                .isEqualTo("2026-12-07T14:00:00Z");
    }
}

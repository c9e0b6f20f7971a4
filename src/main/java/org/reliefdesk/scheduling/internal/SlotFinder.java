package org.reliefdesk.scheduling.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.scheduling.internal.Requirements.Needs;
import org.reliefdesk.scheduling.internal.Schedules.Slot;
import org.springframework.stereotype.Component;

/** Free slots for a need, shaped for the API and pages; nearest alternatives for a taken time. */
@Component
class SlotFinder {

    private final ScheduleLoader loader;

    SlotFinder(ScheduleLoader loader) {
        this.loader = loader;
    }

    /** One bookable start: {@code start}/{@code end} as offset date-times in the location's zone. */
    record SlotView(String start, String end, UUID therapistId, UUID roomId) {
    }

    Availability load(Location location, int minutes, Needs needs, UUID therapistId, long from, long to) {
        return loader.load(new ScheduleLoader.Need(location, minutes, needs.skills(), needs.kit(), therapistId), from, to);
    }

    List<SlotView> free(Location location, int minutes, Needs needs, UUID therapistId, long from, long to) {
        Availability availability = load(location, minutes, needs, therapistId, from, to);
        return views(location.zone(), availability, availability.between(from, to));
    }

    /** Up to {@code limit} free slots nearest to {@code start} (within a week after, two days before, never past). */
    List<SlotView> nearest(Location location, int minutes, Needs needs, UUID preferredTherapist, long start, long now,
            int limit) {
        long from = Math.max(now, start - 2 * 86_400L);
        long to = start + 7 * 86_400L;
        Availability availability = load(location, minutes, needs, null, from, to);
        List<Slot> slots = new ArrayList<>(availability.between(from, to));
        slots.sort(Comparator.<Slot>comparingLong(s -> Math.abs(s.start() - start))
                .thenComparing(s -> !availability.therapists().get(s.therapist()).id().equals(preferredTherapist))
                .thenComparingLong(Slot::start));
        return views(location.zone(), availability, slots.subList(0, Math.min(limit, slots.size())));
    }

    /**
     * The availability answer written straight to JSON ({@code {"timeZone":…,"slots":[…]}}): a month of
     * a busy practice is thousands of slots, so times and ids are formatted once each.
     */
    String json(Location location, int minutes, Needs needs, UUID therapistId, long from, long to) {
        Availability availability = load(location, minutes, needs, therapistId, from, to);
        List<Slot> slots = availability.between(from, to);
        Map<Long, String> times = new HashMap<>();
        String[] therapists = availability.therapists().stream().map(t -> t.id().toString()).toArray(String[]::new);
        String[] rooms = availability.rooms().stream().map(r -> r.id().toString()).toArray(String[]::new);
        StringBuilder json = new StringBuilder(64 + slots.size() * 160);
        json.append("{\"timeZone\":\"").append(location.timeZone()).append("\",\"slots\":[");
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            json.append(i == 0 ? "{\"start\":\"" : ",{\"start\":\"")
                    .append(format(times, location.zone(), slot.start()))
                    .append("\",\"end\":\"").append(format(times, location.zone(), slot.end()))
                    .append("\",\"therapistId\":\"").append(therapists[slot.therapist()])
                    .append("\",\"roomId\":\"").append(rooms[slot.room()]).append("\"}");
        }
        return json.append("]}").toString();
    }

    static List<SlotView> views(ZoneId zone, Availability availability, List<Slot> slots) {
        Map<Long, String> formatted = new HashMap<>();
        List<SlotView> views = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            views.add(new SlotView(format(formatted, zone, slot.start()), format(formatted, zone, slot.end()),
                    availability.therapists().get(slot.therapist()).id(), availability.rooms().get(slot.room()).id()));
        }
        return views;
    }

    private static String format(Map<Long, String> cache, ZoneId zone, long epochSecond) {
        return cache.computeIfAbsent(epochSecond, s -> DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(Instant.ofEpochSecond(s).atZone(zone).toOffsetDateTime()));
    }
}

package org.reliefdesk.scheduling.availability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.scheduling.availability.Requirements.Needs;
import org.reliefdesk.scheduling.availability.Schedules.Slot;
import org.springframework.stereotype.Component;
import tools.jackson.core.io.JsonStringEncoder;
import org.reliefdesk.scheduling.practice.Location;

/** Free slots for a need, shaped for the API and pages; nearest alternatives for a taken time. */
@Component
public class SlotFinder {

    private static final byte[] START = ascii("{\"start\":\"");
    private static final byte[] NEXT_START = ascii(",{\"start\":\"");
    private static final byte[] END = ascii("\",\"end\":\"");
    private static final byte[] THERAPIST = ascii("\",\"therapistId\":\"");
    private static final byte[] ROOM = ascii("\",\"roomId\":\"");
    private static final byte[] CLOSE = ascii("\"}");

    private final ScheduleLoader loader;
    private final Clock clock;

    SlotFinder(ScheduleLoader loader, Clock clock) {
        this.loader = loader;
        this.clock = clock;
    }

    /** One bookable start: {@code start}/{@code end} as offset date-times in the location's zone. */
    public record SlotView(String start, String end, UUID therapistId, UUID roomId) {
    }

    public Availability load(Location location, int minutes, Needs needs, UUID therapistId, long from, long to) {
        return loader.load(new ScheduleLoader.Need(location, minutes, needs.skills(), needs.kit(), therapistId), from, to);
    }

    /** Free slots starting in {@code [from, to)}, never one already passed (booking refuses those). */
    public List<SlotView> free(Location location, int minutes, Needs needs, UUID therapistId, long from, long to) {
        long notPast = notPast(from);
        if (notPast >= to) {
            return List.of();
        }
        Availability availability = load(location, minutes, needs, therapistId, notPast, to);
        return views(location.zone(), availability, availability.between(notPast, to));
    }

    /** As {@link #free}, leaving out times that overlap the client's own sessions (the client's picker). */
    public List<SlotView> freeFor(UUID client, Location location, int minutes, Needs needs, UUID therapistId, long from,
            long to) {
        long notPast = notPast(from);
        if (notPast >= to) {
            return List.of();
        }
        Availability availability = load(location, minutes, needs, therapistId, notPast, to);
        Intervals clientBusy = loader.clientSessions(client, notPast, to + 86_400L);
        List<Slot> slots = new ArrayList<>(availability.between(notPast, to));
        slots.removeIf(s -> clientBusy.overlaps(s.start(), s.end()));
        return views(location.zone(), availability, slots);
    }

    /**
     * Up to {@code limit} free slots nearest to {@code start} (within a week after, two days before, never past),
     * leaving out times the client ({@code client}, may be null) is already booked at.
     */
    public List<SlotView> nearest(Location location, int minutes, Needs needs, UUID preferredTherapist, UUID client,
            long start, int limit) {
        long from = notPast(start - 2 * 86_400L);
        long to = start + 7 * 86_400L;
        Availability availability = load(location, minutes, needs, null, from, to);
        Intervals clientBusy = client == null ? Intervals.NONE : loader.clientSessions(client, from, to);
        List<Slot> slots = new ArrayList<>(availability.between(from, to));
        slots.removeIf(s -> clientBusy.overlaps(s.start(), s.end()));
        slots.sort(Comparator.<Slot>comparingLong(s -> Math.abs(s.start() - start))
                .thenComparing(s -> !availability.therapists().get(s.therapist()).id().equals(preferredTherapist))
                .thenComparingLong(Slot::start));
        return views(location.zone(), availability, slots.subList(0, Math.min(limit, slots.size())));
    }

    /**
     * Writes the availability answer straight to JSON ({@code {"timeZone":…,"slots":[…]}}) on {@code out}: a
     * month of a busy practice is thousands of slots (hundreds of kB), so nothing is built as one big string
     * (which the collector would have to copy and treat as a humongous object). Everything in it is ASCII (ids,
     * times, an IANA zone name), so it is written as bytes: ids encoded once each, times without strings, no
     * character encoder. Everything that can fail is done before the first byte is written.
     */
    void writeJson(Location location, int minutes, Needs needs, UUID therapistId, long from, long to, OutputStream out)
            throws IOException {
        writeJson(location, minutes, needs, therapistId, from, to, false, out);
    }

    /** As above; {@code firstNames}: each slot also names its therapist's first name (the public booking page). */
    void writeJson(Location location, int minutes, Needs needs, UUID therapistId, long from, long to,
            boolean firstNames, OutputStream out) throws IOException {
        long notPast = Math.min(notPast(from), to);
        Availability availability = load(location, minutes, needs, therapistId, notPast, to);
        write(location, availability, availability.between(notPast, to), firstNames, out);
    }

    /** The answer for these slots of this availability, as {@link #writeJson} describes it. */
    static void write(Location location, Availability availability, List<Slot> slots, OutputStream out)
            throws IOException {
        write(location, availability, slots, false, out);
    }

    static void write(Location location, Availability availability, List<Slot> slots, boolean firstNames,
            OutputStream out) throws IOException {
        byte[][] therapists = availability.therapists().stream()
                .map(t -> firstNames ? withFirstName(t) : ascii(t.id().toString())).toArray(byte[][]::new);
        byte[][] rooms = availability.rooms().stream().map(r -> ascii(r.id().toString())).toArray(byte[][]::new);
        byte[] buffer = new byte[16 * 1024];
        int at = put(buffer, 0, ascii("{\"timeZone\":\"" + location.timeZone() + "\",\"slots\":["));
        at = writeSlots(slots, new IsoTimes(location.zone().getRules()), therapists, rooms, buffer, at, out);
        at = put(buffer, at, ascii("]}"));
        out.write(buffer, 0, at);
        out.flush();
    }

    /** The therapist's id, then {@code ","therapistFirstName":"…} (escaped UTF-8, at most 200 bytes). */
    private static byte[] withFirstName(Schedules.TherapistSchedule therapist) {
        String name = therapist.name() == null ? "" : therapist.name().strip();
        String first = name.split("\\s+", 2)[0];
        byte[] escaped = JsonStringEncoder.getInstance().quoteAsUTF8(first.length() > 40 ? first.substring(0, 40) : first);
        byte[] id = ascii(therapist.id() + "\",\"therapistFirstName\":\"");
        byte[] all = java.util.Arrays.copyOf(id, id.length + escaped.length);
        System.arraycopy(escaped, 0, all, id.length, escaped.length);
        return all;
    }

    /** The slots as JSON objects after what the buffer holds up to {@code at}, flushed to {@code out} as it fills. */
    private static int writeSlots(List<Slot> slots, IsoTimes times, byte[][] therapists, byte[][] rooms, byte[] buffer,
            int at, OutputStream out) throws IOException {
        for (int i = 0; i < slots.size(); i++) {
            if (at > buffer.length - 4 * IsoTimes.MAX_LENGTH - 2 * 36 - 300) {
                out.write(buffer, 0, at);
                at = 0;
            }
            Slot slot = slots.get(i);
            at = put(buffer, at, i == 0 ? START : NEXT_START);
            at = times.write(buffer, at, slot.start());
            at = put(buffer, at, END);
            at = times.write(buffer, at, slot.end());
            at = put(buffer, at, THERAPIST);
            at = put(buffer, at, therapists[slot.therapist()]);
            at = put(buffer, at, ROOM);
            at = put(buffer, at, rooms[slot.room()]);
            at = put(buffer, at, CLOSE);
        }
        return at;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static int put(byte[] buffer, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, buffer, at, bytes.length);
        return at + bytes.length;
    }

    private long notPast(long from) {
        return Math.max(from, clock.instant().getEpochSecond());
    }

    static List<SlotView> views(ZoneId zone, Availability availability, List<Slot> slots) {
        IsoTimes times = new IsoTimes(zone.getRules());
        List<SlotView> views = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            views.add(new SlotView(times.format(slot.start()), times.format(slot.end()),
                    availability.therapists().get(slot.therapist()).id(), availability.rooms().get(slot.room()).id()));
        }
        return views;
    }
}

package org.reliefdesk.scheduling.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.reliefdesk.scheduling.availability.Schedules.Resource;
import org.reliefdesk.scheduling.availability.Schedules.Slot;
import org.reliefdesk.scheduling.availability.Schedules.TherapistSchedule;
import org.reliefdesk.scheduling.availability.Schedules.WeeklyHours;

/**
 * The in-memory availability calculation over data loaded by a few set-based queries. Starts lie
 * on the location's 15-minute grid in local time; a session lies inside the therapist's working
 * hours less time off and within the licence's validity; the session plus the buffer after it
 * must not meet anything that holds the therapist, the room (first free one) or a kit (when needed).
 */
public final class Availability {

    static final int GRID_SECONDS = 15 * 60;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final long session;
    private final long held;
    private final Set<String> requiredSkills;
    private final List<TherapistSchedule> therapists;
    private final List<Resource> rooms;
    private final List<Resource> kits;
    /** While listing slots: the free room and kit at each quarter hour from {@code gridBase} (see {@link #free}). */
    private long gridBase;
    private int[] freeAt;
    private final boolean quarterHourOffsets;

    /** {@code kits} null when the session needs no kit. */
    Availability(ZoneId zone, int sessionMinutes, int bufferMinutes, Set<String> requiredSkills,
            List<TherapistSchedule> therapists, List<Resource> rooms, List<Resource> kits) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.session = sessionMinutes * 60L;
        this.held = (sessionMinutes + bufferMinutes) * 60L;
        this.requiredSkills = requiredSkills;
        this.therapists = therapists;
        this.rooms = rooms;
        this.kits = kits;
        this.quarterHourOffsets = quarterHourOffsets(rules);
    }

    /** Every offset the zone ever uses is a whole quarter hour: then the local grid is the UTC grid. */
    private static boolean quarterHourOffsets(ZoneRules rules) {
        if (rules.isFixedOffset()) {
            return rules.getOffset(Instant.EPOCH).getTotalSeconds() % GRID_SECONDS == 0;
        }
        boolean aligned = true;
        for (var transition : rules.getTransitions()) {
            if (transition.getInstant().getEpochSecond() > 0) {
                aligned &= transition.getOffsetAfter().getTotalSeconds() % GRID_SECONDS == 0
                        && transition.getOffsetBefore().getTotalSeconds() % GRID_SECONDS == 0;
            }
        }
        for (var rule : rules.getTransitionRules()) {
            aligned &= rule.getOffsetAfter().getTotalSeconds() % GRID_SECONDS == 0
                    && rule.getOffsetBefore().getTotalSeconds() % GRID_SECONDS == 0;
        }
        return aligned;
    }

    public List<TherapistSchedule> therapists() {
        return therapists;
    }

    public List<Resource> rooms() {
        return rooms;
    }

    public List<Resource> kits() {
        return kits;
    }

    /** Every free slot whose session lies wholly inside {@code [from, to)}, by start then therapist. */
    List<Slot> between(long from, long to) {
        prepareFreeTable(from, to);
        List<Slot> slots = new ArrayList<>();
        for (int t = 0; t < therapists.size(); t++) {
            TherapistSchedule therapist = therapists.get(t);
            if (qualified(therapist)) {
                addFreeSlots(slots, t, windows(therapist, from, to), therapist.busy());
            }
        }
        slots.sort(Comparator.comparingLong(Slot::start).thenComparingInt(Slot::therapist));
        return slots;
    }

    /** When the local grid is the UTC grid and there are at most 64 rooms and kits: the table {@link #free} reads. */
    private void prepareFreeTable(long from, long to) {
        if (quarterHourOffsets && rooms.size() <= 64 && (kits == null || kits.size() <= 64)) {
            gridBase = Math.floorDiv(from, GRID_SECONDS) * GRID_SECONDS;
            freeAt = freeTable(gridBase, (int) ((to - gridBase) / GRID_SECONDS) + 1);
        }
    }

    /** The free starts of therapist {@code t} within the windows, less the busy times, each with a room and kit. */
    private void addFreeSlots(List<Slot> slots, int t, Intervals windows, Intervals busy) {
        int b = 0; // starts only grow: the first busy interval that may still meet one
        for (int w = 0; w < windows.size(); w++) {
            for (long start = firstGridPoint(windows.start(w)); start + session <= windows.end(w);
                    start += GRID_SECONDS) {
                while (b < busy.size() && busy.end(b) <= start) {
                    b++;
                }
                if ((b < busy.size() && busy.start(b) < start + held) || !onGrid(start)) {
                    continue;
                }
                int free = free(start);
                if (free >= 0) {
                    slots.add(new Slot(start, start + session, t, free & 0xFFFF, (free >>> 16) - 1));
                }
            }
        }
    }

    /**
     * The first free room and kit (packed as in {@link #free}) at each quarter hour from {@code base}: one pass
     * over the rooms' and kits' held times marks, per quarter hour, which of them a session plus buffer starting
     * then would meet (a bit each, so at most 64 of a kind), and the first unmarked one is the free one.
     */
    private int[] freeTable(long base, int size) {
        long[] roomsHeld = heldMasks(rooms, base, size);
        long[] kitsHeld = kits == null ? null : heldMasks(kits, base, size);
        int[] table = new int[size];
        for (int i = 0; i < size; i++) {
            int room = Long.numberOfTrailingZeros(~roomsHeld[i]);
            int kit = kitsHeld == null ? -1 : Long.numberOfTrailingZeros(~kitsHeld[i]);
            boolean none = room >= rooms.size() || (kitsHeld != null && kit >= kits.size());
            table[i] = none ? -1 : room | (kit + 1) << 16;
        }
        return table;
    }

    /** Bit r of entry i: resource r is held at some moment of {@code [base + i * 15 min, + session + buffer)}. */
    private long[] heldMasks(List<Resource> resources, long base, int size) {
        long[] masks = new long[size];
        long last = base + (long) size * GRID_SECONDS;
        for (int r = 0; r < resources.size(); r++) {
            Intervals busy = resources.get(r).busy();
            for (int k = 0; k < busy.size(); k++) {
                long start = Math.max(busy.start(k), base - held);
                long end = Math.min(busy.end(k), last);
                // the quarter hours q with q + held > start and q < end
                int first = (int) Math.max(Math.floorDiv(start - held - base, GRID_SECONDS) + 1, 0);
                int through = (int) Math.min(Math.floorDiv(end - 1 - base, GRID_SECONDS), size - 1);
                for (int i = first; i <= through; i++) {
                    masks[i] |= 1L << r;
                }
            }
        }
        return masks;
    }

    /** How one start stands for one therapist (by index). */
    public Outcome at(int t, long start) {
        TherapistSchedule therapist = therapists.get(t);
        if (!therapist.skills().containsAll(requiredSkills)) {
            return Outcome.LACKS_SKILLS;
        }
        if (therapist.licenceExpiresOn() == null || !licenceValid(therapist, start)) {
            return Outcome.NO_VALID_LICENCE;
        }
        if (!windows(therapist, start, start + session).covers(start, start + session)) {
            return Outcome.NOT_WORKING;
        }
        if (therapist.busy().overlaps(start, start + held) || free(start) < 0) {
            return Outcome.TAKEN;
        }
        return Outcome.FREE;
    }

    /** The free room (index) and kit (index, -1 when none needed) at this start; room -1 when none. */
    public int[] resources(long start) {
        int free = free(start);
        return free < 0 ? new int[] {-1, -1} : new int[] {free & 0xFFFF, (free >>> 16) - 1};
    }

    /**
     * The first free room and kit at this start, packed as {@code room | (kit + 1) << 16}, or -1 when none is free.
     * Rooms and kits are the same for every therapist at a start: while listing slots they are read from the
     * table worked out once for every quarter hour.
     */
    private int free(long start) {
        long offset = start - gridBase;
        if (freeAt != null && offset >= 0 && offset % GRID_SECONDS == 0 && offset / GRID_SECONDS < freeAt.length) {
            return freeAt[(int) (offset / GRID_SECONDS)];
        }
        int room = firstFree(rooms, start);
        int kit = kits == null ? -1 : firstFree(kits, start);
        return room < 0 || (kits != null && kit < 0) ? -1 : room | (kit + 1) << 16;
    }

    boolean onGrid(long epochSecond) {
        return epochSecond > 0 && quarterHourOffsets ? Math.floorMod(epochSecond, GRID_SECONDS) == 0
                : onGrid(rules, epochSecond);
    }

    /** Whether the instant falls on the quarter hour of the zone's local time. */
    public static boolean onGrid(ZoneRules rules, long epochSecond) {
        return Math.floorMod(epochSecond + rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds(),
                GRID_SECONDS) == 0;
    }

    private int firstFree(List<Resource> resources, long start) {
        for (int i = 0; i < resources.size(); i++) {
            if (!resources.get(i).busy().overlaps(start, start + held)) {
                return i;
            }
        }
        return -1;
    }

    private boolean qualified(TherapistSchedule therapist) {
        return therapist.licenceExpiresOn() != null && therapist.skills().containsAll(requiredSkills);
    }

    private boolean licenceValid(TherapistSchedule therapist, long start) {
        return start + session <= dayStart(therapist.licenceExpiresOn().plusDays(1));
    }

    /** Working hours less time off, within the licence's validity, cut to {@code [from, to)}. */
    Intervals windows(TherapistSchedule therapist, long from, long to) {
        LocalDate first = Instant.ofEpochSecond(from).atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = Instant.ofEpochSecond(to).atZone(zone).toLocalDate();
        List<long[]> open = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (WeeklyHours hours : therapist.hours()) {
                if (hours.day() == day.getDayOfWeek()) {
                    open.add(new long[] {localStart(day, hours.startMinute()), localEnd(day, hours.endMinute())});
                }
            }
        }
        long licenceEnd = dayStart(therapist.licenceExpiresOn().plusDays(1));
        return Intervals.of(open).minus(therapist.timeOff()).clip(from, Math.min(to, licenceEnd));
    }

    private long firstGridPoint(long instant) {
        long local = instant + rules.getOffset(Instant.ofEpochSecond(instant)).getTotalSeconds();
        long aligned = Math.floorDiv(local + GRID_SECONDS - 1, GRID_SECONDS) * GRID_SECONDS;
        return instant + (aligned - local);
    }

    private long dayStart(LocalDate day) {
        return day.atStartOfDay(zone).toEpochSecond();
    }

    private long localStart(LocalDate day, int minute) {
        return ZonedDateTime.ofLocal(LocalDateTime.of(day, LocalTime.MIN).plusMinutes(minute), zone, null)
                .toEpochSecond();
    }

    /** At a repeated hour (autumn) the working day ends at the later of the two instants. */
    private long localEnd(LocalDate day, int minute) {
        return ZonedDateTime.ofLocal(LocalDateTime.of(day, LocalTime.MIN).plusMinutes(minute), zone, null)
                .withLaterOffsetAtOverlap().toEpochSecond();
    }

    /** How one start stands for one therapist. */
    public enum Outcome {
        LACKS_SKILLS, NO_VALID_LICENCE, NOT_WORKING, TAKEN, FREE
    }
}

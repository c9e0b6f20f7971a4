package org.reliefdesk.scheduling.availability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.reliefdesk.scheduling.availability.Schedules.Resource;
import org.reliefdesk.scheduling.availability.Schedules.TherapistSchedule;
import org.reliefdesk.scheduling.availability.Schedules.WeeklyHours;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.reliefdesk.scheduling.practice.Location;

/**
 * Loads what one availability calculation needs with a fixed handful of set-based queries
 * (therapists with hours, time off, held bookings, rooms, kits), never one per slot, never cached.
 */
@Component
public class ScheduleLoader {

    private final JdbcClient jdbc;

    ScheduleLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What is needed: the location, the session length, the skills, whether a kit, which therapist (null: all). */
    record Need(Location location, int sessionMinutes, Set<String> skills, boolean kit, UUID therapistId) {
    }

    /** Everything for sessions starting in {@code [from, to)} (epoch seconds). */
    Availability load(Need need, long from, long to) {
        Location location = need.location();
        long until = to + (need.sessionMinutes() + location.bufferMinutes()) * 60L;
        Map<UUID, Builder> therapists = therapists(location.id(), need.therapistId());
        UUID[] ids = therapists.keySet().toArray(UUID[]::new);
        Map<UUID, List<long[]>> timeOff = timeOff(ids, from, until);
        UUID[] roomIds = location.rooms().stream().map(Location.Room::id).toArray(UUID[]::new);
        Spans therapistsHeld = new Spans(ids.length, from);
        Spans roomsHeld = new Spans(roomIds.length, from);
        held(location.id(), ids, roomIds, from, until, therapistsHeld, roomsHeld);
        List<TherapistSchedule> schedules = schedules(therapists, ids, timeOff, therapistsHeld);
        return new Availability(location.zone(), need.sessionMinutes(), location.bufferMinutes(), need.skills(),
                schedules, rooms(location, roomIds, roomsHeld), need.kit() ? kits(location.id(), from, until) : null);
    }

    private static List<TherapistSchedule> schedules(Map<UUID, Builder> therapists, UUID[] ids,
            Map<UUID, List<long[]>> timeOff, Spans held) {
        List<TherapistSchedule> schedules = new ArrayList<>(ids.length);
        for (int t = 0; t < ids.length; t++) {
            schedules.add(therapists.get(ids[t]).build(Intervals.of(timeOff.getOrDefault(ids[t], List.of())),
                    held.intervals(t)));
        }
        return schedules;
    }

    private static List<Resource> rooms(Location location, UUID[] roomIds, Spans held) {
        List<Resource> rooms = new ArrayList<>();
        for (int r = 0; r < roomIds.length; r++) {
            rooms.add(new Resource(roomIds[r], location.rooms().get(r).name(), held.intervals(r)));
        }
        return rooms;
    }

    /** The location's active hot-stone kits with the times each is held. */
    private List<Resource> kits(UUID location, long from, long until) {
        List<Resource> kits = new ArrayList<>();
        Map<UUID, List<long[]>> kitHeld = kitsHeld(location, from, until);
        for (Map.Entry<UUID, Integer> kit : kits(location).entrySet()) {
            kits.add(new Resource(kit.getKey(), "Kit " + kit.getValue(),
                    Intervals.of(kitHeld.getOrDefault(kit.getKey(), List.of()))));
        }
        return kits;
    }

    /** The enabled therapists with hours at the location, by name: id to name. */
    public Map<UUID, String> therapistNames(UUID location) {
        Map<UUID, String> names = new LinkedHashMap<>();
        therapists(location, null).forEach((id, therapist) -> names.put(id, therapist.name));
        return names;
    }

    private Map<UUID, Builder> therapists(UUID location, UUID only) {
        Map<UUID, Builder> result = new LinkedHashMap<>();
        jdbc.sql("""
                select t.id, u.full_name, t.licence_expires_on, t.skills, h.day_of_week, h.start_minute, h.end_minute
                from therapist t join app_user u on u.id = t.id
                join therapist_hours h on h.therapist_id = t.id and h.location_id = :location
                where u.enabled and (cast(:only as uuid) is null or t.id = :only)
                order by u.full_name, t.id""")
                .param("location", location).param("only", only)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    Builder b = result.get(id);
                    if (b == null) {
                        b = new Builder(id, rs.getString(2), rs.getObject(3, LocalDate.class),
                                Set.of((String[]) rs.getArray(4).getArray()));
                        result.put(id, b);
                    }
                    b.hours.add(new WeeklyHours(DayOfWeek.of(rs.getInt(5)), rs.getInt(6), rs.getInt(7)));
                });
        return result;
    }

    /** Each therapist's time off meeting {@code [from, until)} as spans {@code {start, end}} of epoch seconds. */
    public Map<UUID, List<long[]>> timeOff(UUID[] therapists, long from, long until) {
        Map<UUID, List<long[]>> result = new HashMap<>();
        jdbc.sql("""
                select therapist_id, date_part('epoch', lower(during))::bigint, date_part('epoch', upper(during))::bigint
                from therapist_time_off where therapist_id = any(:ids) and during && tstzrange(:from, :until)""")
                .param("ids", therapists).param("from", at(from)).param("until", at(until))
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return result;
    }

    /**
     * Held spans per therapist and per room (by their index in {@code therapists} and {@code rooms}): bookings
     * (a hold past its minutes no longer counts, whether or not the clean-up job has marked it yet),
     * and the open waitlist offers holding a freed slot — read in one statement, so that freeing a slot and
     * offering it (one transaction) are never seen apart. A full month is thousands of rows, so each row is what
     * the driver reads fastest and with least garbage, both received in binary: ids as stored (16 bytes) and times
     * as whole epoch seconds from {@code date_part} (a double, exact for whole seconds; {@code extract} gives a far
     * slower numeric, and the driver builds half a dozen objects for every {@code timestamptz} it reads).
     */
    private void held(UUID location, UUID[] therapists, UUID[] rooms, long from, long until, Spans therapistsHeld,
            Spans roomsHeld) {
        Map<UUID, Integer> therapistIndex = index(therapists);
        Map<UUID, Integer> roomIndex = index(rooms);
        jdbc.sql("""
                select therapist_id, room_id, date_part('epoch', starts_at)::bigint, date_part('epoch', held_until)::bigint
                from booking where status <> 'CANCELLED' and (status <> 'HELD' or hold_expires_at > now())
                  and held && tstzrange(:from, :until)
                  and starts_at < :until and starts_at > cast(:from as timestamptz) - interval '1 day'
                  and (therapist_id = any(:ids) or location_id = :location)
                union all
                select therapist_id, room_id, date_part('epoch', starts_at)::bigint, date_part('epoch', held_until)::bigint
                from waitlist_offer where status = 'OPEN' and held && tstzrange(:from, :until)
                  and (therapist_id = any(:ids) or location_id = :location)""")
                .param("from", at(from)).param("until", at(until)).param("ids", therapists).param("location", location)
                .query(rs -> {
                    long start = rs.getLong(3);
                    long end = rs.getLong(4);
                    Integer therapist = therapistIndex.get(rs.getObject(1, UUID.class));
                    if (therapist != null) {
                        therapistsHeld.add(therapist, start, end);
                    }
                    Integer room = roomIndex.get(rs.getObject(2, UUID.class));
                    if (room != null) {
                        roomsHeld.add(room, start, end);
                    }
                });
    }

    private static Map<UUID, Integer> index(UUID[] ids) {
        Map<UUID, Integer> index = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        return index;
    }

    /**
     * Spans per holder, each packed in one long as seconds after a base (start in the high half, end in the low)
     * so that sorting them is a primitive sort. Spans start at most a day before {@code from}; the base lies
     * two days before, and 2^32 seconds after it is past any window asked for.
     */
    static final class Spans {
        private final long base;
        private final long[][] packed;
        private final int[] counts;

        Spans(int holders, long from) {
            this.base = from - 2 * 86_400L;
            this.packed = new long[holders][];
            this.counts = new int[holders];
        }

        void add(int holder, long start, long end) {
            long[] spans = packed[holder];
            if (spans == null || counts[holder] == spans.length) {
                spans = packed[holder] = spans == null ? new long[16] : Arrays.copyOf(spans, spans.length * 2);
            }
            long s = Math.max(start, base) - base;
            long e = Math.max(end, base) - base;
            spans[counts[holder]++] = s << 32 | e;
        }

        Intervals intervals(int holder) {
            return packed[holder] == null ? Intervals.NONE : Intervals.ofPacked(packed[holder], counts[holder], base);
        }
    }

    /** The client's own sessions (not cancelled) meeting {@code [from, until)}: they cannot be in two places. */
    Intervals clientSessions(UUID client, long from, long until) {
        List<long[]> sessions = jdbc.sql("""
                select date_part('epoch', starts_at)::bigint, date_part('epoch', ends_at)::bigint from booking
                where client_id = :client and status <> 'CANCELLED' and (status <> 'HELD' or hold_expires_at > now())
                  and session && tstzrange(:from, :until)""")
                .param("client", client).param("from", at(from)).param("until", at(until))
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        return Intervals.of(sessions);
    }

    private Map<UUID, Integer> kits(UUID location) {
        Map<UUID, Integer> result = new LinkedHashMap<>();
        jdbc.sql("""
                select id, number from equipment_unit where location_id = :location and kind = 'HOT_STONE_KIT' and active
                order by number""").param("location", location)
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return result;
    }

    private Map<UUID, List<long[]>> kitsHeld(UUID location, long from, long until) {
        Map<UUID, List<long[]>> result = new HashMap<>();
        jdbc.sql("""
                select e.unit_id, date_part('epoch', lower(e.held))::bigint, date_part('epoch', upper(e.held))::bigint
                from booking_equipment e join equipment_unit u on u.id = e.unit_id
                where u.location_id = :location and not e.released and e.held && tstzrange(:from, :until)""")
                .param("location", location).param("from", at(from)).param("until", at(until))
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return result;
    }

    public static OffsetDateTime at(long epochSecond) {
        return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    private static final class Builder {
        final UUID id;
        final String name;
        final LocalDate licence;
        final Set<String> skills;
        final List<WeeklyHours> hours = new ArrayList<>();

        Builder(UUID id, String name, LocalDate licence, Set<String> skills) {
            this.id = id;
            this.name = name;
            this.licence = licence;
            this.skills = skills;
        }

        TherapistSchedule build(Intervals timeOff, Intervals busy) {
            return new TherapistSchedule(id, name, licence, skills, List.copyOf(hours), timeOff, busy);
        }
    }
}

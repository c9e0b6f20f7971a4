package org.reliefdesk.scheduling.agenda;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.reliefdesk.scheduling.Bookings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the book reads besides the bookings: the therapists' weekly hours at a location with their time off in the
 * window (one query), and which bookings are a client's first visit (one query for the whole page).
 */
@Component
class BookReader {

    private final JdbcClient jdbc;

    BookReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A therapist of the location: their weekly hours and their time off in the window asked for. */
    record Staffing(UUID id, String name, List<Hours> hours, List<Instant[]> timeOff) {
    }

    /** Working minutes of the day {@code [start, end)} on a weekday. */
    record Hours(DayOfWeek day, int start, int end) {
    }

    /** The enabled therapists with hours at the location (by name), with their time off meeting {@code [from, to)}. */
    Map<UUID, Staffing> staffing(UUID location, Instant from, Instant to) {
        Map<UUID, Staffing> staff = new LinkedHashMap<>();
        jdbc.sql("""
                select 'H' as kind, t.id, u.full_name, h.day_of_week, h.start_minute, h.end_minute,
                       null::timestamptz as off_from, null::timestamptz as off_to
                from therapist t join app_user u on u.id = t.id
                join therapist_hours h on h.therapist_id = t.id and h.location_id = :location
                where u.enabled
                union all
                select 'O', o.therapist_id, null, null, null, null, lower(o.during), upper(o.during)
                from therapist_time_off o
                where o.during && tstzrange(:from, :to)
                  and o.therapist_id in (select therapist_id from therapist_hours where location_id = :location)
                order by 1, 3, 2, 4""")
                .param("location", location).param("from", at(from)).param("to", at(to))
                .query(rs -> {
                    UUID id = rs.getObject(2, UUID.class);
                    if (rs.getString(1).equals("H")) {
                        String name = rs.getString(3);
                        staff.computeIfAbsent(id, k -> new Staffing(id, name, new ArrayList<>(), new ArrayList<>()))
                                .hours().add(new Hours(DayOfWeek.of(rs.getInt(4)), rs.getInt(5), rs.getInt(6)));
                    } else if (staff.containsKey(id)) {
                        staff.get(id).timeOff().add(new Instant[] {rs.getObject(7, OffsetDateTime.class).toInstant(),
                                rs.getObject(8, OffsetDateTime.class).toInstant()});
                    }
                });
        return staff;
    }

    /** Of these clients, the id of each one's first booking not cancelled (their first visit). */
    Set<UUID> firstVisits(Collection<UUID> clients) {
        Set<UUID> first = new HashSet<>();
        if (clients.isEmpty()) {
            return first;
        }
        jdbc.sql("select distinct on (b.client_id) b.id from booking b where b.client_id = any(:clients) and "
                        + Bookings.EFFECTIVE_STATUS + " <> 'CANCELLED' order by b.client_id, b.starts_at")
                .param("clients", clients.toArray(UUID[]::new))
                .query(rs -> {
                    first.add(rs.getObject(1, UUID.class));
                });
        return first;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package org.reliefdesk.scheduling.reports;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.scheduling.reports.WorkingTime.Weekly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The operations report's reads: three set-based statements whatever the range (hours, the bookings' counts and
 * minutes, the clients' figures; time off comes from {@code ScheduleLoader}), each aggregated in PostgreSQL, never
 * one per booking or per day.
 * A hold (HELD, or a hold expired or released) never became a booking: none of these counts it.
 */
@Component
class OperationsQueries {

    /** Bookings that count at all: not a hold, live or expired (raw HELD) or released (HOLD_RELEASED). */
    static final String NOT_A_HOLD = "b.status <> 'HELD' and coalesce(b.cancel_reason, '') not in ('HOLD_EXPIRED',"
            + " 'HOLD_RELEASED')";
    /** Bookings neither cancelled nor a hold (a no-show still is a booking not cancelled). */
    static final String NOT_CANCELLED = "status not in ('CANCELLED', 'HELD')";

    private final JdbcClient jdbc;

    OperationsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A therapist with hours at the location: name and weekly hours. */
    record Hours(UUID therapistId, String name, List<Weekly> weekly) {
    }

    /** Enabled therapists with weekly hours at the location, by name. */
    Map<UUID, Hours> hours(UUID location) {
        Map<UUID, Hours> result = new LinkedHashMap<>();
        jdbc.sql("""
                select t.id, u.full_name, h.day_of_week, h.start_minute, h.end_minute
                from therapist t join app_user u on u.id = t.id
                join therapist_hours h on h.therapist_id = t.id and h.location_id = :location
                where u.enabled order by u.full_name, t.id""")
                .param("location", location)
                .query(rs -> {
                    String name = rs.getString(2);
                    result.computeIfAbsent(rs.getObject(1, UUID.class), id -> new Hours(id, name, new ArrayList<>()))
                            .weekly().add(new Weekly(DayOfWeek.of(rs.getInt(3)), rs.getInt(4), rs.getInt(5)));
                });
        return result;
    }

    /** Counts and booked session minutes (no buffers) of one group: the location, a therapist or a room. */
    record Tally(UUID id, String name, long bookings, long completed, long cancelled, long late, long noShows,
            long bookedMinutes) {
    }

    /** The tallies of bookings starting in {@code [from, to)} at the location. */
    record Tallies(Tally location, List<Tally> therapists, List<Tally> rooms) {
    }

    Tallies tallies(UUID location, long from, long to) {
        List<Tally> therapists = new ArrayList<>();
        List<Tally> rooms = new ArrayList<>();
        Tally[] total = {new Tally(null, null, 0, 0, 0, 0, 0, 0)};
        jdbc.sql("""
                select grouping(b.therapist_id) as by_therapist, grouping(b.room_id) as by_room,
                    coalesce(b.therapist_id, b.room_id) as id, coalesce(u.full_name, r.name) as name,
                    count(*) as bookings,
                    count(*) filter (where b.status = 'COMPLETED') as completed,
                    count(*) filter (where b.status = 'CANCELLED') as cancelled,
                    count(*) filter (where b.status = 'CANCELLED' and b.late_cancellation) as late,
                    count(*) filter (where b.status = 'NO_SHOW') as no_shows,
                    coalesce(sum(date_part('epoch', b.ends_at) - date_part('epoch', b.starts_at))
                        filter (where b.status <> 'CANCELLED'), 0)::bigint / 60 as booked
                from booking b join app_user u on u.id = b.therapist_id join room r on r.id = b.room_id
                where b.location_id = :location and b.starts_at >= :from and b.starts_at < :to and\s""" + NOT_A_HOLD + " " + """
                group by grouping sets ((), (b.therapist_id, u.full_name), (b.room_id, r.name))""")
                .param("location", location).param("from", at(from)).param("to", at(to))
                .query(rs -> {
                    Tally t = new Tally(rs.getObject("id", UUID.class), rs.getString("name"), rs.getLong("bookings"),
                            rs.getLong("completed"), rs.getLong("cancelled"), rs.getLong("late"),
                            rs.getLong("no_shows"), rs.getLong("booked"));
                    boolean byTherapist = rs.getInt("by_therapist") == 0;
                    boolean byRoom = rs.getInt("by_room") == 0;
                    if (byTherapist) {
                        therapists.add(t);
                    } else if (byRoom) {
                        rooms.add(t);
                    } else {
                        total[0] = t;
                    }
                });
        return new Tallies(total[0], therapists, rooms);
    }

    /** New clients, clients with a past session here, and how many of them booked again within 30 days. */
    record ClientFigures(long newClients, long seen, long rebooked) {
    }

    /**
     * New clients: the first booking not cancelled they ever had (anywhere in the practice) is here, starting in
     * the range. Seen: clients with a session here in the range that has started by {@code now}, neither cancelled
     * nor a no-show. Rebooked: of those, clients with another booking not cancelled (anywhere) starting after such a
     * session and no later than the same local time 30 days on (the location's zone).
     */
    ClientFigures clients(UUID location, String zone, long from, long to, Instant now) {
        return jdbc.sql("""
                with here as (
                    select distinct b.client_id from booking b
                    where b.location_id = :location and b.starts_at >= :from and b.starts_at < :to
                      and b.""" + NOT_CANCELLED + " " + """
                ), theirs as (
                    select b.client_id, b.location_id, b.starts_at, b.status,
                        row_number() over w as nth, lead(b.starts_at) over w as next_start
                    from booking b join here h on h.client_id = b.client_id
                    where b.starts_at < cast(:to as timestamptz) + interval '31 days' and b.""" + NOT_CANCELLED + " " + """
                    window w as (partition by b.client_id order by b.starts_at)
                ), sessions as (
                    select client_id, starts_at, next_start from theirs
                    where location_id = :location and starts_at >= :from and starts_at < :to and starts_at <= :now
                      and status in ('BOOKED', 'CHECKED_IN', 'COMPLETED')
                )
                select
                    (select count(*) from theirs where nth = 1 and location_id = :location and starts_at >= :from
                        and starts_at < :to) as new_clients,
                    (select count(distinct client_id) from sessions) as seen,
                    (select count(distinct client_id) from sessions where next_start is not null
                        and (next_start at time zone :zone) <= (starts_at at time zone :zone) + interval '30 days')
                        as rebooked""")
                .param("location", location).param("from", at(from)).param("to", at(to))
                .param("now", at(now.getEpochSecond())).param("zone", zone)
                .query((rs, n) -> new ClientFigures(rs.getLong("new_clients"), rs.getLong("seen"),
                        rs.getLong("rebooked")))
                .single();
    }

    private static OffsetDateTime at(long epochSecond) {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }
}

package org.reliefdesk.scheduling.practice;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.TypedFields;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A therapist's weekly hours per location and their time off. */
@Component
public class WorkingHours {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final JdbcClient jdbc;
    private final Locations locations;

    WorkingHours(JdbcClient jdbc, Locations locations) {
        this.jdbc = jdbc;
        this.locations = locations;
    }

    /** Hours as typed: {@code day} MONDAY…SUNDAY, {@code start}/{@code end} "HH:mm" ("24:00" ends at midnight). */
    record Day(String day, String start, String end) {
    }

    /** Time off between two offset date-times. */
    record TimeOff(String start, String end) {
    }

    /** What {@code PUT …/hours} sets and {@code GET …/hours} shows. */
    record Hours(UUID locationId, List<Day> weekly, List<TimeOff> timeOff) {
    }

    /** Replaces the weekly hours at this location and (when given) all time off; checks everything first. */
    @Transactional
    void replace(UUID therapistId, UUID locationId, List<Day> weekly, List<TimeOff> timeOff) {
        FieldErrors errors = new FieldErrors();
        List<int[]> days = parseWeekly(errors, weekly);
        List<Instant[]> off = timeOff == null ? List.of() : parseTimeOff(errors, timeOff, locations.get(locationId).zone());
        errors.throwIfAny();
        jdbc.sql("delete from therapist_hours where therapist_id = :t and location_id = :l")
                .param("t", therapistId).param("l", locationId).update();
        for (int[] d : days) {
            jdbc.sql("""
                    insert into therapist_hours (therapist_id, location_id, day_of_week, start_minute, end_minute)
                    values (:t, :l, :day, :start, :end)""")
                    .param("t", therapistId).param("l", locationId).param("day", d[0]).param("start", d[1])
                    .param("end", d[2]).update();
        }
        if (timeOff != null) {
            jdbc.sql("delete from therapist_time_off where therapist_id = :t").param("t", therapistId).update();
            for (Instant[] o : off) {
                jdbc.sql("insert into therapist_time_off (therapist_id, during) values (:t, tstzrange(:s, :e))")
                        .param("t", therapistId).param("s", OffsetDateTime.ofInstant(o[0], java.time.ZoneOffset.UTC))
                        .param("e", OffsetDateTime.ofInstant(o[1], java.time.ZoneOffset.UTC)).update();
            }
        }
    }

    /** The therapist's hours at each location they work, and their time off (ISO instants in UTC). */
    List<Hours> of(UUID therapistId) {
        List<TimeOff> off = jdbc.sql("""
                select lower(during) as s, upper(during) as e from therapist_time_off
                where therapist_id = :t order by lower(during)""").param("t", therapistId)
                .query((rs, n) -> new TimeOff(ISO.format(rs.getObject("s", OffsetDateTime.class)),
                        ISO.format(rs.getObject("e", OffsetDateTime.class)))).list();
        List<UUID> locations = jdbc.sql("select distinct location_id from therapist_hours where therapist_id = :t")
                .param("t", therapistId).query(UUID.class).list();
        List<Hours> result = new ArrayList<>();
        for (UUID location : locations) {
            List<Day> days = jdbc.sql("""
                    select day_of_week, start_minute, end_minute from therapist_hours
                    where therapist_id = :t and location_id = :l order by day_of_week, start_minute""")
                    .param("t", therapistId).param("l", location)
                    .query((rs, n) -> new Day(DayOfWeek.of(rs.getInt(1)).name(), clock(rs.getInt(2)), clock(rs.getInt(3))))
                    .list();
            result.add(new Hours(location, days, off));
        }
        return result;
    }

    /** One period of time off with its id (for the admin page). */
    record Absence(UUID id, Instant start, Instant end) {
    }

    List<Absence> absences(UUID therapistId) {
        return jdbc.sql("select id, lower(during) as s, upper(during) as e from therapist_time_off"
                        + " where therapist_id = :t order by lower(during)")
                .param("t", therapistId)
                .query((rs, n) -> new Absence(rs.getObject("id", UUID.class),
                        rs.getObject("s", OffsetDateTime.class).toInstant(),
                        rs.getObject("e", OffsetDateTime.class).toInstant())).list();
    }

    @Transactional
    void addTimeOff(UUID therapistId, Instant start, Instant end) {
        jdbc.sql("insert into therapist_time_off (therapist_id, during) values (:t, tstzrange(:s, :e))")
                .param("t", therapistId).param("s", OffsetDateTime.ofInstant(start, java.time.ZoneOffset.UTC))
                .param("e", OffsetDateTime.ofInstant(end, java.time.ZoneOffset.UTC)).update();
    }

    @Transactional
    void removeTimeOff(UUID therapistId, UUID id) {
        jdbc.sql("delete from therapist_time_off where id = :id and therapist_id = :t").param("id", id)
                .param("t", therapistId).update();
    }

    static String clock(int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }

    static List<int[]> parseWeekly(FieldErrors errors, List<Day> weekly) {
        List<int[]> days = new ArrayList<>();
        if (weekly == null) {
            errors.add("weekly", "is required (an empty list removes the hours)");
            return days;
        }
        for (int i = 0; i < weekly.size(); i++) {
            int[] day = parseDay(errors, "weekly[" + i + "]", weekly.get(i));
            if (day != null && !overlapsEarlier(errors, "weekly[" + i + "]", day, days)) {
                days.add(day);
            }
        }
        return days;
    }

    /** One day's hours as {@code {day of week, start minute, end minute}}, or null (with errors) when unusable. */
    private static int[] parseDay(FieldErrors errors, String field, Day day) {
        DayOfWeek dayOfWeek = parseDay(day == null ? null : day.day());
        Integer start = parseClock(day == null ? null : day.start());
        Integer end = parseClock(day == null ? null : day.end());
        if (dayOfWeek == null) {
            errors.add(field + ".day", "must be MONDAY … SUNDAY");
        }
        if (start == null || start >= 1440) {
            errors.add(field + ".start", "must be a time HH:mm");
        }
        if (end == null) {
            errors.add(field + ".end", "must be a time HH:mm (24:00 for midnight)");
        }
        if (dayOfWeek == null || start == null || end == null || start >= 1440) {
            return null;
        }
        if (end <= start) {
            errors.add(field + ".end", "must be after the start");
            return null;
        }
        return new int[] {dayOfWeek.getValue(), start, end};
    }

    private static boolean overlapsEarlier(FieldErrors errors, String field, int[] day, List<int[]> earlier) {
        boolean overlaps = earlier.stream().anyMatch(d -> d[0] == day[0] && d[1] < day[2] && day[1] < d[2]);
        if (overlaps) {
            errors.add(field, "overlaps other hours on " + DayOfWeek.of(day[0]));
        }
        return overlaps;
    }

    /**
     * Time off as offset date-times, or as dates meaning whole local days at the location ({@code end} included
     * whole, as availability reads {@code to}): {@code {"start": "2026-12-24", "end": "2026-12-26"}} is three days.
     */
    static List<Instant[]> parseTimeOff(FieldErrors errors, List<TimeOff> timeOff, ZoneId zone) {
        List<Instant[]> result = new ArrayList<>();
        for (int i = 0; i < timeOff.size(); i++) {
            TimeOff off = timeOff.get(i);
            Instant start = parseInstant(off == null ? null : off.start(), zone, false);
            Instant end = parseInstant(off == null ? null : off.end(), zone, true);
            if (start == null) {
                errors.add("timeOff[" + i + "].start", "must be a date (2026-12-24) or a date-time with offset, "
                        + "e.g. 2026-12-01T09:00:00-05:00");
            }
            if (end == null) {
                errors.add("timeOff[" + i + "].end", "must be a date (2026-12-26) or a date-time with offset, "
                        + "e.g. 2026-12-01T17:00:00-05:00");
            }
            if (start != null && end != null) {
                if (!end.isAfter(start)) {
                    errors.add("timeOff[" + i + "].end", "must be after the start");
                } else {
                    result.add(new Instant[] {start, end});
                }
            }
        }
        return result;
    }

    static DayOfWeek parseDay(String day) {
        try {
            return day == null ? null : DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Minutes after midnight of "HH:mm", 1440 for "24:00", null when not a time. */
    public static Integer parseClock(String text) {
        if (text != null && text.strip().equals("24:00")) {
            return 1440;
        }
        return TypedFields.time(text).filter(time -> time.getSecond() == 0)
                .map(time -> time.getHour() * 60 + time.getMinute()).orElse(null);
    }

    /** An offset date-time, or a date: the start of that local day, or with {@code endOfDay} its end. */
    static Instant parseInstant(String text, ZoneId zone, boolean endOfDay) {
        if (text == null) {
            return null;
        }
        FieldErrors errors = new FieldErrors();
        Long epochSecond = TimeRange.parse(text, zone, endOfDay, "time", errors);
        return epochSecond == null ? null : Instant.ofEpochSecond(epochSecond);
    }
}

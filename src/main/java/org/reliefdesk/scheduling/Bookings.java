package org.reliefdesk.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reading bookings (other modules: charting, outcomes, lifecycle). Access checks are the caller's. */
@Component
public class Bookings {

    /**
     * A booking's status as read: a hold whose minutes have run out is CANCELLED (HOLD_EXPIRED) from
     * {@code hold_expires_at} on, whether or not the clean-up job has run yet.
     */
    public static final String EFFECTIVE_STATUS =
            "(case when b.status = 'HELD' and b.hold_expires_at <= now() then 'CANCELLED' else b.status end)";

    private static final String SELECT = """
            select b.id, b.client_id, c.full_name as client_name, b.location_id, l.time_zone, b.service_code,
                b.therapist_id, u.full_name as therapist_name, b.room_id, r.name as room_name, b.starts_at, b.ends_at,
                """ + EFFECTIVE_STATUS + """
                 as status, b.screening_status, b.needs_review, b.late_cancellation,
                b.plan_id, b.plan_version, b.course_id, b.version, b.cancel_note, b.hold_expires_at, b.past_visit,
                case when b.status = 'HELD' and b.hold_expires_at <= now() then 'HOLD_EXPIRED'
                     else b.cancel_reason end as cancel_reason
            from booking b join client c on c.id = b.client_id join location l on l.id = b.location_id
            join app_user u on u.id = b.therapist_id join room r on r.id = b.room_id""";
    private static final String FILTER = """
             where (cast(:from as timestamptz) is null or b.ends_at > :from)
               and (cast(:to as timestamptz) is null or b.starts_at < :to)
               and (cast(:location as uuid) is null or b.location_id = :location)
               and (cast(:therapist as uuid) is null or b.therapist_id = :therapist)
               and (cast(:client as uuid) is null or b.client_id = :client)
               and (cast(:status as text) is null or """ + EFFECTIVE_STATUS + " = :status)";

    private final JdbcClient jdbc;

    Bookings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Booking> find(UUID id) {
        return jdbc.sql(SELECT + " where b.id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
    }

    /** Filters (each may be null), ordered by start. */
    public record Filter(Instant from, Instant to, UUID locationId, UUID therapistId, UUID clientId,
            BookingStatus status) {
    }

    public Paged<Booking> list(Filter filter, PageParams page) {
        long total = bind(jdbc.sql("select count(*) from booking b " + FILTER), filter).query(Long.class).single();
        List<Booking> items = bind(jdbc.sql(SELECT + " " + FILTER + " order by b.starts_at, u.full_name, b.id"
                + " limit :limit offset :offset"), filter)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> map(rs)).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    /** Every booking in the filter (for calendars: bounded by the caller's window). */
    public List<Booking> all(Filter filter) {
        return bind(jdbc.sql(SELECT + " " + FILTER + " order by b.starts_at, u.full_name, b.id"), filter)
                .query((rs, n) -> map(rs)).list();
    }

    /**
     * The client's attended sessions: bookings that have started by {@code now} and were neither
     * cancelled nor a no-show, oldest first (the outcomes' course start and session marks).
     */
    public List<Booking> attended(UUID clientId, Instant now) {
        return jdbc.sql(SELECT + " where b.client_id = :client and b.status in " + BookingStatus.ATTENDED_SQL
                        + " and b.starts_at <= :now"
                        + " order by b.starts_at")
                .param("client", clientId).param("now", at(now)).query((rs, n) -> map(rs)).list();
    }

    /**
     * Clients "in a course": with an attended session between {@code since} and {@code now}, each with
     * the local date (the location's zone) of their first attended session ever. One query.
     */
    public Map<UUID, LocalDate> firstAttendedOfClientsAttendedSince(Instant since, Instant now) {
        Map<UUID, LocalDate> starts = new LinkedHashMap<>();
        jdbc.sql("""
                select b.client_id, min((b.starts_at at time zone l.time_zone)::date) as first_session
                from booking b join location l on l.id = b.location_id
                where b.status in ('BOOKED', 'CHECKED_IN', 'COMPLETED') and b.starts_at <= :now
                group by b.client_id having max(b.starts_at) >= :since""")
                .param("since", at(since)).param("now", at(now))
                .query(rs -> {
                    starts.put(rs.getObject("client_id", UUID.class), rs.getObject("first_session", LocalDate.class));
                });
        return starts;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f) {
        return spec.param("from", at(f.from())).param("to", at(f.to())).param("location", f.locationId())
                .param("therapist", f.therapistId()).param("client", f.clientId())
                .param("status", f.status() == null ? null : f.status().name());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Booking map(ResultSet rs) throws SQLException {
        return new Booking(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getString("client_name"), rs.getObject("location_id", UUID.class), rs.getString("time_zone"),
                rs.getString("service_code"), rs.getObject("therapist_id", UUID.class), rs.getString("therapist_name"),
                rs.getObject("room_id", UUID.class), rs.getString("room_name"),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant(), BookingStatus.valueOf(rs.getString("status")),
                rs.getString("screening_status"), rs.getBoolean("needs_review"), rs.getBoolean("late_cancellation"),
                rs.getObject("plan_id", UUID.class), (Integer) rs.getObject("plan_version"),
                rs.getObject("course_id", UUID.class), rs.getInt("version"), rs.getString("cancel_reason"),
                rs.getString("cancel_note"), instant(rs, "hold_expires_at"), rs.getBoolean("past_visit"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

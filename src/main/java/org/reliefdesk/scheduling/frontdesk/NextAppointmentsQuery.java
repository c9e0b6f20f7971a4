package org.reliefdesk.scheduling.frontdesk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.clients.NextAppointments;
import org.reliefdesk.scheduling.Bookings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each client's next held, booked or arrived session starting after now: one query for a page of clients. */
@Component
class NextAppointmentsQuery implements NextAppointments {

    private final JdbcClient jdbc;
    private final Clock clock;

    NextAppointmentsQuery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<UUID, NextAppointment> of(Collection<UUID> clientIds) {
        Map<UUID, NextAppointment> next = new HashMap<>();
        if (clientIds.isEmpty()) {
            return next;
        }
        jdbc.sql("""
                select distinct on (b.client_id) b.client_id, b.id, b.starts_at, l.time_zone, u.full_name
                from booking b join location l on l.id = b.location_id join app_user u on u.id = b.therapist_id
                where b.client_id = any(cast(:ids as uuid[])) and b.starts_at > :now
                  and """ + Bookings.EFFECTIVE_STATUS + """
                 in ('HELD', 'BOOKED', 'CHECKED_IN')
                order by b.client_id, b.starts_at, b.id""")
                .param("ids", clientIds.stream().map(UUID::toString).toArray(String[]::new))
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query(rs -> {
                    next.put(rs.getObject("client_id", UUID.class), new NextAppointment(rs.getObject("id", UUID.class),
                            localStart(rs), rs.getString("full_name")));
                });
        return next;
    }

    /** A row's {@code starts_at} in its {@code time_zone} (the location's). */
    static OffsetDateTime localStart(ResultSet rs) throws SQLException {
        return rs.getObject("starts_at", OffsetDateTime.class).toInstant()
                .atZone(ZoneId.of(rs.getString("time_zone"))).toOffsetDateTime();
    }
}

package org.reliefdesk.planning.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.planning.PlanStanding;
import org.reliefdesk.planning.PlanStandings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The newest plan of each client (a SUPERSEDED one is never the newest), read in one query. */
@Component
class PlanStandingsQuery implements PlanStandings {

    private final JdbcClient jdbc;

    PlanStandingsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, PlanStanding> of(Collection<UUID> clientIds) {
        Map<UUID, PlanStanding> standings = new HashMap<>();
        if (clientIds.isEmpty()) {
            return standings;
        }
        jdbc.sql("""
                select distinct on (client_id) client_id, status, version, in_force_version
                from plan where client_id = any(cast(:ids as uuid[])) and status <> 'SUPERSEDED'
                order by client_id, created_at desc, id desc""")
                .param("ids", clientIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(rs -> {
                    standings.put(rs.getObject("client_id", UUID.class), new PlanStanding(rs.getString("status"),
                            rs.getInt("version"), (Integer) rs.getObject("in_force_version", Integer.class)));
                });
        return standings;
    }
}

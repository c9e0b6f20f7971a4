package org.reliefdesk.screening.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.screening.ClearanceOnFile;
import org.reliefdesk.screening.Flag;
import org.reliefdesk.screening.Restriction;
import org.reliefdesk.screening.Screening.HeadachePattern;
import org.reliefdesk.screening.Screening.Midas;
import org.reliefdesk.screening.ScreeningStatus;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Screening results (as computed, never recomputed on read) and clearances, in PostgreSQL. */
@Component
public class ScreeningStore {

    private static final String CLEARANCE = """
            select c.id, c.client_id, c.intake_id, i.version as intake_version, c.cleared_by, c.cleared_on, c.note, c.recorded_by,
                   c.recorded_at
            from screening_clearance c join intake_response i on i.id = c.intake_id""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ScreeningStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A stored screening result, before any clearance. */
    public record Stored(UUID intakeId, ScreeningStatus status, List<Flag> flags, List<Restriction> restrictions,
            HeadachePattern headachePattern, Midas midas, Instant screenedAt) {
    }

    public void save(UUID intakeId, UUID clientId, ScreeningEngine.Evaluation e, int rulesVersion) {
        jdbc.sql("""
                insert into screening_result (intake_id, client_id, status, flags, restrictions, headache_pattern,
                    midas, rules_version)
                values (:intake, :client, :status, cast(:flags as jsonb), cast(:restrictions as jsonb),
                    cast(:pattern as jsonb), cast(:midas as jsonb), :rules)""")
                .param("intake", intakeId).param("client", clientId).param("status", e.status().name())
                .param("flags", json.writeValueAsString(e.flags()))
                .param("restrictions", json.writeValueAsString(e.restrictions()))
                .param("pattern", json.writeValueAsString(e.headachePattern()))
                .param("midas", json.writeValueAsString(e.midas())).param("rules", rulesVersion)
                .update();
    }

    public Optional<Stored> find(UUID intakeId) {
        return jdbc.sql("""
                select intake_id, status, flags::text, restrictions::text, headache_pattern::text, midas::text,
                       screened_at
                from screening_result where intake_id = :intake""")
                .param("intake", intakeId).query(this::stored).optional();
    }

    /** The newest intake's status with any clearance applied, or null (no intake, or not screened). */
    public Optional<String> latestStatus(UUID clientId) {
        return jdbc.sql("""
                select case when r.status = 'CLEARANCE_REQUIRED' and c.id is not null then 'CLEARED'
                            else coalesce(r.status, '-') end
                from intake_response i
                left join screening_result r on r.intake_id = i.id
                left join screening_clearance c on c.intake_id = i.id
                where i.client_id = :client order by i.version desc limit 1""")
                .param("client", clientId).query(String.class).optional();
    }

    /** {@link #latestStatus} of each of these clients in one query (clients without an intake are left out). */
    public Map<UUID, String> latestStatuses(Collection<UUID> clientIds) {
        Map<UUID, String> statuses = new HashMap<>();
        jdbc.sql("""
                select distinct on (i.client_id) i.client_id,
                       case when r.status = 'CLEARANCE_REQUIRED' and c.id is not null then 'CLEARED'
                            else coalesce(r.status, '-') end
                from intake_response i
                left join screening_result r on r.intake_id = i.id
                left join screening_clearance c on c.intake_id = i.id
                where i.client_id = any(:clients) order by i.client_id, i.version desc""")
                .param("clients", clientIds.toArray(UUID[]::new))
                .query(rs -> {
                    statuses.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return statuses;
    }

    public ClearanceOnFile saveClearance(UUID clientId, UUID intakeId, String clearedBy, java.time.LocalDate clearedOn,
            String note, String recordedBy, UUID recordedByUser) {
        UUID id = jdbc.sql("""
                insert into screening_clearance (intake_id, client_id, cleared_by, cleared_on, note, recorded_by,
                    recorded_by_user)
                values (:intake, :client, :by, :on, :note, :recordedBy, :user) returning id""")
                .param("intake", intakeId).param("client", clientId).param("by", clearedBy).param("on", clearedOn)
                .param("note", note).param("recordedBy", recordedBy).param("user", recordedByUser)
                .query(UUID.class).single();
        return clearance(clientId, id).orElseThrow();
    }

    public Optional<ClearanceOnFile> clearanceOf(UUID intakeId) {
        return jdbc.sql(CLEARANCE + " where c.intake_id = :intake").param("intake", intakeId)
                .query(ClearanceOnFile.class).optional();
    }

    public Optional<ClearanceOnFile> clearance(UUID clientId, UUID id) {
        return jdbc.sql(CLEARANCE + " where c.id = :id and c.client_id = :client").param("id", id)
                .param("client", clientId).query(ClearanceOnFile.class).optional();
    }

    /** The client's clearances, newest first. */
    public Paged<ClearanceOnFile> clearances(UUID clientId, PageParams page) {
        long total = jdbc.sql("select count(*) from screening_clearance where client_id = :client")
                .param("client", clientId).query(Long.class).single();
        List<ClearanceOnFile> items = jdbc.sql(CLEARANCE + " where c.client_id = :client"
                        + " order by c.recorded_at desc, c.id limit :limit offset :offset")
                .param("client", clientId).param("limit", page.size()).param("offset", page.offset())
                .query(ClearanceOnFile.class).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    private Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getObject("intake_id", UUID.class), ScreeningStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("flags"), new TypeReference<List<Flag>>() { }),
                json.readValue(rs.getString("restrictions"), new TypeReference<List<Restriction>>() { }),
                json.readValue(rs.getString("headache_pattern"), HeadachePattern.class),
                json.readValue(rs.getString("midas"), Midas.class), rs.getTimestamp("screened_at").toInstant());
    }
}

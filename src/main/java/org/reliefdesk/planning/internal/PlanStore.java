package org.reliefdesk.planning.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plans, their versions and blocks in PostgreSQL (tables of V20__planning.sql). */
@Component
class PlanStore {

    private static final String PLAN = "select id, client_id, service_code, status, version, accepted_version,"
            + " in_force_version, review_reasons, created_at, updated_at, review_codes, text_language from plan";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlanStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Holds the client's row until the transaction ends, so that plans for one client are made one at a time. */
    void lockClient(UUID clientId) {
        jdbc.sql("select id from client where id = :id for update").param("id", clientId).query(UUID.class).list();
    }

    /** A new PROPOSED plan whose texts are in {@code language} ("en", "es"). */
    UUID create(UUID clientId, String serviceCode, UUID by, String language) {
        return jdbc.sql("""
                insert into plan (client_id, service_code, status, version, created_by, text_language)
                values (:client, :service, 'PROPOSED', 1, :by, :language) returning id""")
                .param("client", clientId).param("service", serviceCode).param("by", by).param("language", language)
                .query(UUID.class).single();
    }

    /** Marks every other live plan of the client SUPERSEDED; returns how many. */
    int supersedeOthers(UUID clientId, UUID keep) {
        return jdbc.sql("""
                update plan set status = 'SUPERSEDED', in_force_version = null, updated_at = now()
                where client_id = :client and id <> :keep and status <> 'SUPERSEDED'""")
                .param("client", clientId).param("keep", keep).update();
    }

    void saveVersion(UUID planId, int version, List<PlanBlock> blocks, UUID intakeId, UUID by) {
        int total = blocks.stream().mapToInt(PlanBlock::minutesOrZero).sum();
        jdbc.sql("""
                insert into plan_version (plan_id, version, total_minutes, intake_id, saved_by)
                values (:plan, :version, :total, :intake, :by)""")
                .param("plan", planId).param("version", version).param("total", total).param("intake", intakeId)
                .param("by", by).update();
        int position = 1;
        for (PlanBlock block : blocks) {
            jdbc.sql("""
                    insert into plan_block (plan_id, version, position, minutes, phase, area, technique, pressure,
                        rationale, evidence, note)
                    values (:plan, :version, :position, :minutes, :phase, :area, :technique, :pressure,
                        :rationale, :evidence, :note)""")
                    .param("plan", planId).param("version", version).param("position", position++)
                    .param("minutes", block.minutes()).param("phase", block.phase()).param("area", block.area())
                    .param("technique", block.technique()).param("pressure", block.pressure())
                    .param("rationale", block.rationale()).param("evidence", block.evidence().toArray(String[]::new))
                    .param("note", block.note()).update();
        }
    }

    /** Moves the plan from {@code seenVersion} to the next one as PROPOSED; false when another save came first. */
    boolean advance(UUID planId, int seenVersion) {
        return jdbc.sql("""
                update plan set version = version + 1, status = 'PROPOSED', review_reasons = '{}', review_codes = null,
                    updated_at = now()
                where id = :id and version = :seen and status <> 'SUPERSEDED'""")
                .param("id", planId).param("seen", seenVersion).update() == 1;
    }

    boolean accept(UUID planId, int version, UUID by, String signature) {
        int plans = jdbc.sql("""
                update plan set status = 'ACCEPTED', accepted_version = version, in_force_version = version,
                    review_reasons = '{}', review_codes = null, updated_at = now()
                where id = :id and version = :version and status in ('PROPOSED', 'ACCEPTED')""")
                .param("id", planId).param("version", version).update();
        if (plans == 1) {
            jdbc.sql("""
                    update plan_version set accepted_by = :by, accepted_at = now(), signature = :signature
                    where plan_id = :id and version = :version and accepted_at is null""")
                    .param("by", by).param("signature", signature).param("id", planId).param("version", version)
                    .update();
        }
        return plans == 1;
    }

    /** The reasons are kept both ways: in English (the API's text) and as codes with values (V103). */
    void needsReview(UUID planId, List<RuleText> reasons) {
        jdbc.sql("""
                update plan set status = 'NEEDS_REVIEW', in_force_version = null, review_reasons = :reasons,
                    review_codes = cast(:codes as jsonb), updated_at = now()
                where id = :id and status <> 'SUPERSEDED'""")
                .param("reasons", reasons.stream().map(RuleText::english).toArray(String[]::new))
                .param("codes", json.writeValueAsString(reasons)).param("id", planId).update();
    }

    Optional<SessionPlan> find(UUID planId) {
        return jdbc.sql(PLAN + " where id = :id").param("id", planId).query(this::plan).optional();
    }

    /** The client's newest plan (the only one not SUPERSEDED, if any). */
    Optional<SessionPlan> newest(UUID clientId) {
        return jdbc.sql(PLAN + " where client_id = :client order by created_at desc, id desc limit 1")
                .param("client", clientId).query(this::plan).optional();
    }

    Paged<SessionPlan> list(UUID clientId, PageParams page) {
        long total = jdbc.sql("select count(*) from plan where client_id = :client").param("client", clientId)
                .query(Long.class).single();
        List<SessionPlan> items = jdbc.sql(PLAN + " where client_id = :client order by created_at desc, id desc"
                        + " limit :limit offset :offset")
                .param("client", clientId).param("limit", page.size()).param("offset", page.offset())
                .query(this::plan).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    Optional<PlanVersion> version(UUID planId, int version) {
        return jdbc.sql("""
                select v.version, v.total_minutes, v.intake_id, v.saved_at, s.full_name as saved_by,
                    v.accepted_at, v.signature
                from plan_version v join app_user s on s.id = v.saved_by
                where v.plan_id = :plan and v.version = :version""")
                .param("plan", planId).param("version", version)
                .query((rs, n) -> new PlanVersion(rs.getInt("version"), rs.getInt("total_minutes"),
                        rs.getObject("intake_id", UUID.class), instant(rs, "saved_at"), rs.getString("saved_by"),
                        instant(rs, "accepted_at"), rs.getString("signature"), blocks(planId, version)))
                .optional();
    }

    List<PlanBlock> blocks(UUID planId, int version) {
        return jdbc.sql("""
                select position, minutes, phase, area, technique, pressure, rationale, evidence, note
                from plan_block where plan_id = :plan and version = :version order by position""")
                .param("plan", planId).param("version", version)
                .query((rs, n) -> new PlanBlock(rs.getInt("position"), rs.getInt("minutes"), rs.getString("phase"),
                        rs.getString("area"), rs.getString("technique"), rs.getInt("pressure"),
                        rs.getString("rationale"), strings(rs.getArray("evidence")), rs.getString("note")))
                .list();
    }

    private SessionPlan plan(ResultSet rs, int row) throws SQLException {
        return new SessionPlan(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getString("service_code"), PlanStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                (Integer) rs.getObject("accepted_version"), (Integer) rs.getObject("in_force_version"),
                strings(rs.getArray("review_reasons")), instant(rs, "created_at"), instant(rs, "updated_at"),
                codes(rs.getString("review_codes")), rs.getString("text_language"));
    }

    private List<RuleText> codes(String stored) {
        if (stored == null) {
            return List.of();
        }
        List<RuleText> codes = new ArrayList<>();
        json.readTree(stored).forEach(node -> codes.add((RuleText) arg(node)));
        return codes;
    }

    /** One value of a stored rule text: a number, a text, a screening reason or a nested rule text. */
    private static Object arg(JsonNode node) {
        if (node.isNumber()) {
            return node.intValue();
        }
        if (node.has("reason")) {
            return new RuleText.Reason(node.get("reason").asString());
        }
        if (node.has("code")) {
            List<Object> args = new ArrayList<>();
            node.get("args").forEach(a -> args.add(arg(a)));
            return new RuleText(node.get("code").asString(), args);
        }
        return node.asString();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var time = rs.getObject(column, java.time.OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}

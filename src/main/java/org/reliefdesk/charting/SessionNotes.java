package org.reliefdesk.charting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.charting.SessionNote.TechniqueUsed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Figures from signed session notes for other modules (outcome charts, the practice report, superbills). */
@Component
public class SessionNotes {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<TechniqueUsed>> TECHNIQUES = new TypeReference<>() {
    };
    private final JdbcClient jdbc;

    SessionNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The techniques (with their minutes) recorded in the session's signed note; empty when it has no signed note. */
    public Optional<List<TechniqueUsed>> signedTechniques(UUID bookingId) {
        return jdbc.sql("select techniques_used::text from session_note where booking_id = :booking"
                        + " and signed_at is not null")
                .param("booking", bookingId).query(String.class).optional()
                .map(json -> JSON.readValue(json, TECHNIQUES));
    }

    /** Pain before and after each signed session of the client, by session date (the location's zone), oldest first. */
    public List<SessionPain> painBySession(UUID clientId) {
        return jdbc.sql("""
                select (b.starts_at at time zone l.time_zone)::date as session_date, n.pain_before, n.pain_after,
                       n.adverse_reaction is not null as adverse
                from session_note n join booking b on b.id = n.booking_id join location l on l.id = b.location_id
                where n.client_id = :client and n.signed_at is not null order by b.starts_at""")
                .param("client", clientId)
                .query((rs, row) -> new SessionPain(rs.getObject("session_date", LocalDate.class),
                        rs.getInt("pain_before"), rs.getInt("pain_after"), rs.getBoolean("adverse")))
                .list();
    }

    /** Signed notes of sessions since {@code since}, and how many record an adverse reaction. */
    public Reactions adverseReactionsSince(Instant since) {
        return jdbc.sql("""
                select count(*) as notes, count(*) filter (where n.adverse_reaction is not null) as adverse,
                       count(distinct n.client_id) filter (where n.adverse_reaction is not null) as clients
                from session_note n join booking b on b.id = n.booking_id
                where n.signed_at is not null and b.starts_at >= :since and b.starts_at <= now()""")
                .param("since", java.sql.Timestamp.from(since))
                .query((rs, row) -> new Reactions(rs.getInt("notes"), rs.getInt("adverse"), rs.getInt("clients")))
                .single();
    }

    /** Per client: signed notes of sessions since {@code since} and how many record an adverse reaction. */
    public Map<UUID, Reactions> reactionsByClient(Instant since) {
        Map<UUID, Reactions> reactions = new HashMap<>();
        jdbc.sql("""
                select n.client_id, count(*) as notes, count(*) filter (where n.adverse_reaction is not null) as adverse
                from session_note n join booking b on b.id = n.booking_id
                where n.signed_at is not null and b.starts_at >= :since and b.starts_at <= now() group by n.client_id""")
                .param("since", java.sql.Timestamp.from(since))
                .query(rs -> {
                    int adverse = rs.getInt("adverse");
                    reactions.put(rs.getObject("client_id", UUID.class),
                            new Reactions(rs.getInt("notes"), adverse, adverse > 0 ? 1 : 0));
                });
        return reactions;
    }

    /**
     * Every signed note of the client, oldest session first: the session's date (the location's zone), its author,
     * the techniques with their minutes and any adverse reaction (the progress report and the export).
     */
    public List<SignedSession> signedSessions(UUID clientId) {
        return jdbc.sql("""
                select n.booking_id, (b.starts_at at time zone l.time_zone)::date as session_date, n.author_id,
                       n.techniques_used::text as techniques, n.adverse_reaction
                from session_note n join booking b on b.id = n.booking_id join location l on l.id = b.location_id
                where n.client_id = :client and n.signed_at is not null order by b.starts_at""")
                .param("client", clientId)
                .query((rs, row) -> new SignedSession(rs.getObject("booking_id", UUID.class),
                        rs.getObject("session_date", LocalDate.class), rs.getObject("author_id", UUID.class),
                        JSON.readValue(rs.getString("techniques"), TECHNIQUES), rs.getString("adverse_reaction")))
                .list();
    }

    /** One signed session: when, by whom, what was done and any adverse reaction (null when none). */
    public record SignedSession(UUID bookingId, LocalDate date, UUID authorId, List<TechniqueUsed> techniques,
            String adverseReaction) {
    }

    /** One session's pain ratings (0–10) and whether an adverse reaction was recorded. */
    public record SessionPain(LocalDate date, int before, int after, boolean adverseReaction) {
    }

    /** Signed notes in a period, those recording an adverse reaction, and the clients concerned. */
    public record Reactions(int signedNotes, int withAdverseReaction, int clients) {
    }
}

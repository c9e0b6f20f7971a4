package org.reliefdesk.charting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.charting.SessionNote;
import org.reliefdesk.charting.SessionNote.Amendment;
import org.reliefdesk.charting.SessionNote.Signer;
import org.reliefdesk.charting.SessionNote.TechniqueUsed;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Session notes and their amendments in PostgreSQL (a signed row is also locked by a trigger). */
@Component
public class NoteStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<TechniqueUsed>> TECHNIQUES = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            n.id, n.booking_id, n.client_id, n.author_id, n.subjective, n.objective, n.assessment, n.plan,
            n.pain_before, n.pain_after, n.pressure, n.techniques_used::text as techniques, n.adverse_reaction,
            n.version, n.created_at, n.updated_at, n.signed_at, n.signed_by, n.signed_by_name,
            n.signed_by_role""";
    private final JdbcClient jdbc;

    NoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID create(UUID bookingId, UUID clientId, UUID authorId, NoteInput note) {
        return jdbc.sql("""
                insert into session_note (booking_id, client_id, author_id, subjective, objective, assessment, plan,
                    pain_before, pain_after, pressure, techniques_used, adverse_reaction)
                values (:booking, :client, :author, :s, :o, :a, :p, :before, :after, :pressure,
                    cast(:techniques as jsonb), :adverse) returning id""")
                .paramSource(fields(note).addValue("booking", bookingId).addValue("client", clientId)
                        .addValue("author", authorId)).query(UUID.class).single();
    }

    /** Replaces an unsigned note's content when its version still matches; false when it does not. */
    boolean update(UUID noteId, int version, NoteInput note) {
        return jdbc.sql("""
                update session_note set subjective = :s, objective = :o, assessment = :a, plan = :p,
                    pain_before = :before, pain_after = :after, pressure = :pressure,
                    techniques_used = cast(:techniques as jsonb), adverse_reaction = :adverse,
                    version = version + 1, updated_at = now()
                where id = :id and version = :version and signed_at is null""")
                .paramSource(fields(note).addValue("id", noteId).addValue("version", version)).update() == 1;
    }

    /** Signs an unsigned note; false when it was signed meanwhile. */
    boolean sign(UUID noteId, ReliefDeskUser by) {
        return jdbc.sql("""
                update session_note set signed_at = now(), signed_by = :by, signed_by_name = :name, signed_by_role = :role
                where id = :id and signed_at is null""")
                .param("id", noteId).param("by", by.id()).param("name", by.fullName()).param("role", by.role().name())
                .update() == 1;
    }

    Amendment amend(UUID noteId, String text, ReliefDeskUser by) {
        return jdbc.sql("""
                insert into session_note_amendment (note_id, text, author_id, author_name, author_role)
                values (:note, :text, :by, :name, :role)
                returning id, text, signed_at, author_id, author_name, author_role""")
                .param("note", noteId).param("text", text.strip()).param("by", by.id()).param("name", by.fullName())
                .param("role", by.role().name()).query(NoteStore::amendment).single();
    }

    public Optional<SessionNote> ofBooking(UUID bookingId) {
        return jdbc.sql("select " + COLUMNS + " from session_note n where n.booking_id = :booking")
                .param("booking", bookingId).query((rs, n) -> note(rs, List.of())).optional()
                .map(note -> withAmendments(note));
    }

    private SessionNote withAmendments(SessionNote note) {
        List<Amendment> amendments = jdbc.sql("select id, text, signed_at, author_id, author_name, author_role"
                        + " from session_note_amendment where note_id = :note order by signed_at, id")
                .param("note", note.id()).query(NoteStore::amendment).list();
        return new SessionNote(note.id(), note.bookingId(), note.clientId(), note.authorId(), note.subjective(),
                note.objective(), note.assessment(), note.plan(), note.painBefore(), note.painAfter(),
                note.pressure(), note.techniquesUsed(), note.adverseReaction(), note.status(), note.version(),
                note.createdAt(), note.updatedAt(), note.signedAt(), note.signedBy(), amendments);
    }

    private static MapSqlParameterSource fields(NoteInput note) {
        return new MapSqlParameterSource()
                .addValue("s", note.subjective().strip()).addValue("o", note.objective().strip())
                .addValue("a", note.assessment().strip()).addValue("p", note.plan().strip())
                .addValue("before", note.painBefore()).addValue("after", note.painAfter())
                .addValue("pressure", note.pressure())
                .addValue("techniques", JSON.writeValueAsString(note.techniquesUsed()))
                .addValue("adverse", note.adverseReaction() == null || note.adverseReaction().isBlank() ? null
                        : note.adverseReaction().strip());
    }

    static SessionNote note(ResultSet rs, List<Amendment> amendments) throws SQLException {
        Instant signedAt = instant(rs, "signed_at");
        UUID signer = rs.getObject("signed_by", UUID.class);
        return new SessionNote(rs.getObject("id", UUID.class), rs.getObject("booking_id", UUID.class),
                rs.getObject("client_id", UUID.class), rs.getObject("author_id", UUID.class),
                rs.getString("subjective"), rs.getString("objective"), rs.getString("assessment"),
                rs.getString("plan"), rs.getInt("pain_before"), rs.getInt("pain_after"),
                (Integer) rs.getObject("pressure", Integer.class), JSON.readValue(rs.getString("techniques"), TECHNIQUES),
                rs.getString("adverse_reaction"), signedAt == null ? SessionNote.DRAFT : SessionNote.SIGNED,
                rs.getInt("version"), instant(rs, "created_at"), instant(rs, "updated_at"), signedAt,
                signer == null ? null : new Signer(signer, rs.getString("signed_by_name"), rs.getString("signed_by_role")), amendments);
    }

    private static Amendment amendment(ResultSet rs, int row) throws SQLException {
        return new Amendment(rs.getObject("id", UUID.class), rs.getString("text"), instant(rs, "signed_at"),
                new Signer(rs.getObject("author_id", UUID.class), rs.getString("author_name"),
                        rs.getString("author_role")));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}

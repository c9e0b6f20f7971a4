package org.reliefdesk.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.clients.Clients;
import org.reliefdesk.intake.internal.AnswerJson;
import org.reliefdesk.intake.internal.FormTranslation;
import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client's intakes: drafts (anything, as typed) and submitted intakes (checked, immutable,
 * numbered 1, 2, … per client, tied to the form version). Submitting goes through
 * {@code screening.Screenings#submit}, which stores the intake here and screens it in the same
 * transaction; call {@link #store} directly only from there.
 */
@Component
public class Intakes {

    /** The largest draft kept (characters of JSON). */
    public static final int MAX_DRAFT_CHARS = 100_000;
    private static final String COLUMNS = "id, client_id, version, form_version, submitted_at, answers::text as answers";

    private final JdbcClient jdbc;
    private final IntakeForm form;
    private final Clients clients;
    private final Clock clock;
    private final JsonMapper json;
    private final FormTranslation translations = new FormTranslation();

    Intakes(JdbcClient jdbc, IntakeForm form, Clients clients, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.form = form;
        this.clients = clients;
        this.clock = clock;
        this.json = json;
    }

    public IntakeForm form() {
        return form;
    }

    /** The form with its texts in the reader's language (codes and rules unchanged; MIDAS items stay English). */
    public IntakeForm form(Locale locale) {
        return translations.in(form, locale);
    }

    /** The client's newest submitted intake. */
    public Optional<SubmittedIntake> latest(UUID clientId) {
        return jdbc.sql("select " + COLUMNS + " from intake_response where client_id = :client"
                        + " order by version desc limit 1")
                .param("client", clientId).query(this::map).optional();
    }

    public Optional<SubmittedIntake> find(UUID clientId, int version) {
        return jdbc.sql("select " + COLUMNS + " from intake_response where client_id = :client and version = :version")
                .param("client", clientId).param("version", version).query(this::map).optional();
    }

    public Optional<SubmittedIntake> findById(UUID intakeId) {
        return jdbc.sql("select " + COLUMNS + " from intake_response where id = :id")
                .param("id", intakeId).query(this::map).optional();
    }

    /** The client's submitted intakes, newest first. */
    public Paged<SubmittedIntake> list(UUID clientId, PageParams page) {
        long total = jdbc.sql("select count(*) from intake_response where client_id = :client")
                .param("client", clientId).query(Long.class).single();
        List<SubmittedIntake> items = jdbc.sql("select " + COLUMNS + " from intake_response where client_id = :client"
                        + " order by version desc limit :limit offset :offset")
                .param("client", clientId).param("limit", page.size()).param("offset", page.offset())
                .query(this::map).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    /**
     * Checks and stores a complete intake (422 naming each broken field by its dotted code), sets
     * {@code consent.signedAt}, updates the client's date of birth and clears their draft.
     */
    @Transactional
    public SubmittedIntake store(UUID clientId, JsonNode intake, UUID submittedBy) {
        Instant now = clock.instant();
        IntakeCheck check = form.check(intake, LocalDate.now(clock));
        check.throwIfInvalid();
        Map<String, Object> values = new LinkedHashMap<>(check.values());
        values.put("consent.signedAt", OffsetDateTime.ofInstant(now, clock.getZone()).toString());
        jdbc.sql("select count(*) from (select pg_advisory_xact_lock(hashtext(:client))) numbering")
                .param("client", clientId.toString()).query(Long.class).single();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from intake_response where client_id = :client")
                .param("client", clientId).query(Integer.class).single();
        UUID id = jdbc.sql("""
                insert into intake_response (client_id, version, form_version, submitted_at, submitted_by, answers)
                values (:client, :version, :form, :at, :by, cast(:answers as jsonb)) returning id""")
                .param("client", clientId).param("version", version).param("form", form.version())
                .param("at", java.sql.Timestamp.from(now)).param("by", submittedBy)
                .param("answers", AnswerJson.nest(values).toString())
                .query(UUID.class).single();
        clients.updateDateOfBirth(clientId, check.answers().date("about.dateOfBirth"));
        jdbc.sql("delete from intake_draft where client_id = :client").param("client", clientId).update();
        return new SubmittedIntake(id, clientId, version, form.version(), now, new IntakeAnswers(values));
    }

    /** The client's draft as saved ({@code {}} when there is none). */
    public JsonNode draft(UUID clientId) {
        return jdbc.sql("select answers::text from intake_draft where client_id = :client")
                .param("client", clientId).query(String.class).optional()
                .map(json::readTree).orElseGet(json::createObjectNode);
    }

    /** Saves any subset of answers exactly as typed (even invalid values); the body must be a JSON object. */
    @Transactional
    public JsonNode saveDraft(UUID clientId, JsonNode draft, UUID savedBy) {
        if (draft == null || !draft.isObject()) {
            throw new RuleViolationException("A draft is a JSON object",
                    List.of(new FieldError("intake", "must be a JSON object")));
        }
        String text = draft.toString();
        if (text.length() > MAX_DRAFT_CHARS) {
            throw new RuleViolationException("The draft is too large",
                    List.of(new FieldError("intake", "must be at most " + MAX_DRAFT_CHARS + " characters of JSON")));
        }
        jdbc.sql("""
                insert into intake_draft (client_id, answers, saved_at, saved_by)
                values (:client, cast(:answers as jsonb), now(), :by)
                on conflict (client_id) do update set answers = excluded.answers, saved_at = now(),
                    saved_by = excluded.saved_by""")
                .param("client", clientId).param("answers", text).param("by", savedBy).update();
        return draft;
    }

    /**
     * Saves one section of the draft as typed (the pages save a section at a time), leaving the other
     * sections as they are; atomic in the database, so two saves of different sections never lose each other.
     */
    @Transactional
    public void saveDraftSection(UUID clientId, String section, JsonNode answers, UUID savedBy) {
        if (form.section(section).isEmpty() || answers == null || !answers.isObject()) {
            throw new IllegalArgumentException("No intake section " + section + " or not an object");
        }
        String text = answers.toString();
        if (text.length() > MAX_DRAFT_CHARS / form.sections().size()) {
            throw new RuleViolationException("The draft is too large", List.of(new FieldError(section,
                    "must be at most " + MAX_DRAFT_CHARS / form.sections().size() + " characters")));
        }
        jdbc.sql("""
                insert into intake_draft (client_id, answers, saved_at, saved_by)
                values (:client, jsonb_build_object(:section, cast(:answers as jsonb)), now(), :by)
                on conflict (client_id) do update set answers = intake_draft.answers || excluded.answers,
                    saved_at = now(), saved_by = excluded.saved_by""")
                .param("client", clientId).param("section", section).param("answers", text).param("by", savedBy)
                .update();
    }

    /** Starts a new draft from the client's newest submitted intake, without its consent (signed afresh). */
    @Transactional
    public void draftFromLatest(UUID clientId, UUID savedBy) {
        SubmittedIntake intake = latest(clientId).orElseThrow(() -> new IllegalStateException("No intake"));
        ObjectNode answers = (ObjectNode) nested(intake);
        answers.remove("consent");
        saveDraft(clientId, answers, savedBy);
    }

    /** The nested JSON of a submitted intake's answers (as INTAKE.md), in the form's order. */
    public JsonNode nested(SubmittedIntake intake) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        form.questions().forEach(q -> intake.answers().get(q.code()).ifPresent(v -> ordered.put(q.code(), v)));
        return AnswerJson.nest(ordered);
    }

    private SubmittedIntake map(ResultSet rs, int row) throws SQLException {
        JsonNode stored = json.readTree(rs.getString("answers"));
        return new SubmittedIntake(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getInt("version"), rs.getInt("form_version"), rs.getTimestamp("submitted_at").toInstant(),
                new IntakeAnswers(AnswerJson.flatten(stored, form)));
    }
}

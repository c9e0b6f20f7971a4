package org.reliefdesk.billing.superbills;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.shared.TypedFields;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Diagnoses on file: entered by a therapist or an administrator from the physician's letter, read by the client and
 * by staff but the front desk. Every staff read and every entry is audited (clinical data).
 */
@Component
public class Diagnoses {

    private static final String SELECT = """
            select d.id, d.client_id, d.code, d.description, d.diagnosed_by, d.diagnosed_on, d.entered_by,
                   u.full_name as entered_by_name, d.entered_at
            from diagnosis d join app_user u on u.id = d.entered_by""";
    private final JdbcClient jdbc;
    private final ClientAccess access;
    private final Clock clock;

    Diagnoses(JdbcClient jdbc, ClientAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /** 404 for another client's id; 403 for the front desk and for a client; 422 naming each broken field. */
    @Transactional
    public Diagnosis add(UUID clientId, NewDiagnosis typed, ReliefDeskUser by) {
        access.profile(clientId, by);
        if (!by.isClinician()) {
            throw new ForbiddenException("Only a therapist or an administrator enters a diagnosis from the physician's letter");
        }
        FieldErrors errors = new FieldErrors();
        String code = DiagnosisCodes.read("code", typed.code(), errors);
        errors.required("description", typed.description()).maxLength("description", typed.description(), 300);
        errors.name("diagnosedBy", typed.diagnosedBy(), 200);
        errors.required("diagnosedOn", typed.diagnosedOn());
        LocalDate on = TypedFields.date("diagnosedOn", typed.diagnosedOn(), errors);
        LocalDate today = LocalDate.now(clock);
        if (on != null && on.isAfter(today)) {
            errors.add("diagnosedOn", "must not be in the future (today is " + today + ")");
        }
        errors.throwIfAny();
        UUID id = jdbc.sql("""
                insert into diagnosis (client_id, code, description, diagnosed_by, diagnosed_on, entered_by)
                values (:client, :code, :description, :by, :on, :user) returning id""")
                .param("client", clientId).param("code", code).param("description", typed.description().strip())
                .param("by", typed.diagnosedBy().strip()).param("on", on).param("user", by.id())
                .query(UUID.class).single();
        access.recordChange(by, clientId, "ADD_DIAGNOSIS", "DIAGNOSIS", id, "code " + code);
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(Diagnoses::map).single();
    }

    /** 404 for another client, 403 for the front desk; a staff read is audited. Newest diagnosis first. */
    public Paged<Diagnosis> list(UUID clientId, ReliefDeskUser user, PageParams page) {
        access.clinical(clientId, user, "READ_DIAGNOSES", "DIAGNOSIS", null);
        long total = jdbc.sql("select count(*) from diagnosis where client_id = :client").param("client", clientId)
                .query(Long.class).single();
        List<Diagnosis> items = jdbc.sql(SELECT + " where d.client_id = :client"
                        + " order by d.diagnosed_on desc, d.entered_at desc limit :limit offset :offset")
                .param("client", clientId).param("limit", page.size()).param("offset", page.offset())
                .query(Diagnoses::map).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    /** Every diagnosis on file for the client, newest first (access is the caller's). */
    List<Diagnosis> onFile(UUID clientId) {
        return jdbc.sql(SELECT + " where d.client_id = :client order by d.diagnosed_on desc, d.entered_at desc")
                .param("client", clientId).query(Diagnoses::map).list();
    }

    private static Diagnosis map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Diagnosis(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getString("code"), rs.getString("description"), rs.getString("diagnosed_by"),
                rs.getObject("diagnosed_on", LocalDate.class), rs.getObject("entered_by", UUID.class),
                rs.getString("entered_by_name"), rs.getTimestamp("entered_at").toInstant());
    }
}

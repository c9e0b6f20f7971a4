package org.reliefdesk.interop.record;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every table of a client's clinical record, in the order the purge deletes them (children first). What is kept
 * instead is in {@link #KEPT}: a test holds every table with a {@code client_id} column to one list or the other.
 * The append-only and signed-note triggers let these deletes pass only in the purge's transaction (V98).
 */
@Component
class ClinicalRecord {

    private static final String NOTES = "(select id from session_note where client_id = :client)";
    private static final String PLANS = "(select id from plan where client_id = :client)";

    /** Table, then the condition that names the client's rows. */
    static final List<String[]> DELETED = List.of(
            new String[] {"session_note_amendment", "note_id in " + NOTES},
            new String[] {"session_note", "client_id = :client"},
            new String[] {"screening_clearance", "client_id = :client"},
            new String[] {"screening_result", "client_id = :client"},
            new String[] {"intake_response", "client_id = :client"},
            new String[] {"intake_draft", "client_id = :client"},
            new String[] {"plan_comment", "plan_id in " + PLANS},
            new String[] {"plan_block", "plan_id in " + PLANS},
            new String[] {"plan_version", "plan_id in " + PLANS},
            new String[] {"plan", "client_id = :client"},
            new String[] {"diary_entry", "client_id = :client"},
            new String[] {"diary_reminder", "client_id = :client"},
            new String[] {"outcome_midas_checkin", "client_id = :client"},
            new String[] {"diagnosis", "client_id = :client"});

    /**
     * Tables with a {@code client_id} that stay: bookings and courses (de-identified through the client row; the
     * operations report counts them), waitlist rows (no clinical content), invoices and packages (financial records,
     * kept by law), and the audit log (append-only).
     */
    static final List<String> KEPT = List.of("booking", "course", "waitlist_entry", "waitlist_offer", "invoice",
            "client_package", "audit_event");

    private final JdbcClient jdbc;

    ClinicalRecord(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes the client's clinical rows (in the purge's transaction); returns how many. */
    int delete(UUID clientId) {
        int rows = 0;
        for (String[] table : DELETED) {
            rows += jdbc.sql("delete from " + table[0] + " where " + table[1]).param("client", clientId).update();
        }
        return rows;
    }
}

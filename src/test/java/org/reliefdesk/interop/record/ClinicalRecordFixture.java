package org.reliefdesk.interop.record;

import java.time.LocalDate;
import java.util.UUID;

import org.reliefdesk.support.PastSessions;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One row in every table of a client's clinical record (a signed note and frozen plan blocks among them). */
final class ClinicalRecordFixture {

    private ClinicalRecordFixture() {
    }

    /** Fills the client's record; returns the past (COMPLETED) booking the note is about. */
    static UUID fill(JdbcClient jdbc, String clientId, String staffEmail) {
        UUID client = UUID.fromString(clientId);
        UUID staff = jdbc.sql("select id from app_user where lower(email) = lower(:e)").param("e", staffEmail)
                .query(UUID.class).single();
        UUID booking = PastSessions.on(jdbc, clientId, LocalDate.now().minusDays(20), "COMPLETED");
        jdbc.sql("update booking set cancel_note = 'private words' where id = :id").param("id", booking).update();
        UUID intake = jdbc.sql("""
                insert into intake_response (client_id, version, form_version, answers)
                values (:c, 1, 1, '{"about": {}}') returning id""").param("c", client).query(UUID.class).single();
        sql(jdbc, """
                insert into screening_result (intake_id, client_id, status, flags, restrictions, headache_pattern, midas,
                    rules_version) values (:i, :c, 'CLEARED', '[]', '[]', '{}', '{}', 1)""", client, intake, staff);
        sql(jdbc, """
                insert into screening_clearance (intake_id, client_id, cleared_by, cleared_on, recorded_by,
                    recorded_by_user) values (:i, :c, 'Dr Who', current_date, 'Staff', :s)""", client, intake, staff);
        sql(jdbc, "insert into intake_draft (client_id, answers) values (:c, '{}')", client, intake, staff);
        UUID plan = jdbc.sql("""
                insert into plan (client_id, service_code, status, version, created_by)
                values (:c, 'MEDICAL_MASSAGE_60', 'PROPOSED', 1, :s) returning id""")
                .param("c", client).param("s", staff).query(UUID.class).single();
        sql(jdbc, "insert into plan_version (plan_id, version, total_minutes, saved_by) values (:i, 1, 60, :s)",
                client, plan, staff);
        sql(jdbc, """
                insert into plan_block (plan_id, version, position, minutes, phase, technique, pressure)
                values (:i, 1, 1, 60, 'ASSESSMENT', 'CONSULTATION', 0)""", client, plan, staff);
        sql(jdbc, """
                insert into plan_comment (plan_id, version, author_id, author_name, author_role, text)
                values (:i, 1, :s, 'Staff', 'THERAPIST', 'Looks right')""", client, plan, staff);
        UUID note = jdbc.sql("""
                insert into session_note (booking_id, client_id, author_id, subjective, objective, assessment, plan,
                    pain_before, pain_after, signed_at, signed_by, signed_by_name)
                values (:b, :c, :s, 'S', 'O', 'A', 'P', 6, 3, now(), :s, 'Staff') returning id""")
                .param("b", booking).param("c", client).param("s", staff).query(UUID.class).single();
        sql(jdbc, """
                insert into session_note_amendment (note_id, text, author_id, author_name, author_role)
                values (:i, 'Amended', :s, 'Staff', 'THERAPIST')""", client, note, staff);
        sql(jdbc, "insert into diary_entry (client_id, entry_date, headache) values (:c, current_date, false)",
                client, null, staff);
        sql(jdbc, "insert into diary_reminder (client_id, hour) values (:c, 20)", client, null, staff);
        sql(jdbc, """
                insert into outcome_midas_checkin (client_id, q1, q2, q3, q4, q5, a, b, score)
                values (:c, 1, 1, 1, 1, 1, 2, 5, 5)""", client, null, staff);
        sql(jdbc, """
                insert into diagnosis (client_id, code, description, diagnosed_by, diagnosed_on, entered_by)
                values (:c, 'G43.009', 'Migraine', 'Dr Who', current_date, :s)""", client, null, staff);
        return booking;
    }

    /** How many rows the client has in each table of the clinical record, summed. */
    static long rows(JdbcClient jdbc, String clientId) {
        long total = 0;
        for (String[] table : ClinicalRecord.DELETED) {
            total += jdbc.sql("select count(*) from " + table[0] + " where " + table[1])
                    .param("client", UUID.fromString(clientId)).query(Long.class).single();
        }
        return total;
    }

    private static void sql(JdbcClient jdbc, String sql, UUID client, UUID id, UUID staff) {
        var spec = jdbc.sql(sql).param("c", client);
        if (sql.contains(":i")) {
            spec = spec.param("i", id);
        }
        if (sql.contains(":s")) {
            spec = spec.param("s", staff);
        }
        spec.update();
    }
}

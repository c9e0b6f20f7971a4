package org.reliefdesk.diary.internal;

import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.shared.FieldErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A client's optional daily reminder to log their diary: the hour (0–23, practice time) or none.
 * The email itself (no health details in it) goes out through the mail outbox once it exists.
 */
@Component
class DiaryReminders {

    private final JdbcClient jdbc;

    DiaryReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Integer> hourOf(UUID clientId) {
        return jdbc.sql("select hour from diary_reminder where client_id = :client").param("client", clientId)
                .query(Integer.class).optional();
    }

    /** Sets the hour, or removes the reminder when {@code hour} is null. */
    void set(UUID clientId, Integer hour) {
        if (hour != null && (hour < 0 || hour > 23)) {
            new FieldErrors().add("hour", "must be an hour from 0 to 23, or empty for no reminder").throwIfAny();
        }
        if (hour == null) {
            jdbc.sql("delete from diary_reminder where client_id = :client").param("client", clientId).update();
            return;
        }
        jdbc.sql("""
                insert into diary_reminder (client_id, hour) values (:client, :hour)
                on conflict (client_id) do update set hour = excluded.hour, updated_at = now()""")
                .param("client", clientId).param("hour", hour).update();
    }
}

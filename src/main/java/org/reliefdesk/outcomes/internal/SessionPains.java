package org.reliefdesk.outcomes.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.charting.SessionNotes;
import org.springframework.stereotype.Component;

/** Pain before and after each session, from the signed session notes. */
@Component
class SessionPains {

    private final SessionNotes notes;

    SessionPains(SessionNotes notes) {
        this.notes = notes;
    }

    List<Pain> of(UUID clientId) {
        return notes.painBySession(clientId).stream().map(p -> new Pain(p.date(), p.before(), p.after())).toList();
    }

    /** One session's pain ratings (0–10) before and after. */
    record Pain(LocalDate date, Integer before, Integer after) {
    }
}

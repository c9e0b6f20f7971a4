package org.reliefdesk.outcomes.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** Pain before and after each session, from the signed session notes. */
@Component
class SessionPains {

    List<Pain> of(UUID clientId) {
        // TODO(charting): read the session notes once charting is built.
        return List.of();
    }

    /** One session's pain ratings (0–10) before and after. */
    record Pain(LocalDate date, Integer before, Integer after) {
    }
}

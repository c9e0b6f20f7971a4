package org.reliefdesk.outcomes;

import java.time.LocalDate;
import java.util.UUID;

import org.reliefdesk.outcomes.internal.OutcomeEngine;
import org.springframework.stereotype.Component;

/**
 * A client's outcomes: their diary before the course against the latest window, the
 * medication-overuse prompt and MIDAS change. Callers check access first.
 */
@Component
public class Outcomes {

    private final OutcomeEngine engine;

    Outcomes(OutcomeEngine engine) {
        this.engine = engine;
    }

    /**
     * {@code baselineDays} null means 28; {@code courseStart} null means the first attended session.
     * A future course start or a window outside 7–365 days is a 422.
     */
    public Outcome of(UUID clientId, Integer baselineDays, LocalDate courseStart) {
        return engine.outcome(clientId, baselineDays, courseStart);
    }
}

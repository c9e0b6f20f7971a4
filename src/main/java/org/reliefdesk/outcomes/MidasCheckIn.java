package org.reliefdesk.outcomes;

import java.time.Instant;
import java.util.UUID;

/**
 * A MIDAS questionnaire answered between intakes (every 3 months): it feeds the outcomes and
 * never re-screens. Score = q1 + … + q5; A and B are asked but not scored.
 */
public record MidasCheckIn(UUID id, UUID clientId, int q1, int q2, int q3, int q4, int q5, int a, int b, int score,
        String grade, Instant recordedAt) {

    /** The published grades: I 0–5, II 6–10, III 11–20, IV 21 and over. */
    public static String grade(int score) {
        return score <= 5 ? "I" : score <= 10 ? "II" : score <= 20 ? "III" : "IV";
    }
}

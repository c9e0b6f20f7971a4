package org.reliefdesk.screening.internal;

import org.reliefdesk.intake.IntakeAnswers;
import org.reliefdesk.screening.Screening.Midas;

/** MIDAS (© Innovative Medical Research 1997): score = q1 + … + q5; grade I 0–5, II 6–10, III 11–20, IV 21+. */
public final class MidasScore {

    private MidasScore() {
    }

    public static Midas of(IntakeAnswers answers) {
        int score = 0;
        for (int i = 1; i <= 5; i++) {
            Integer days = answers.integer("midas.q" + i);
            score += days == null ? 0 : days;
        }
        return new Midas(score, grade(score));
    }

    public static String grade(int score) {
        return score <= 5 ? "I" : score <= 10 ? "II" : score <= 20 ? "III" : "IV";
    }
}

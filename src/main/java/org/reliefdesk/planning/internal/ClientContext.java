package org.reliefdesk.planning.internal;

import java.util.List;
import java.util.Set;

import org.reliefdesk.intake.IntakeAnswers;
import org.reliefdesk.screening.Screening;

/** What a plan is shaped by and checked against: the client's latest submitted answers and their screening. */
record ClientContext(IntakeAnswers answers, Screening screening) {

    static final String WANT = "WANT";
    static final String DECLINE = "DECLINE";

    /** {@code focus.pressure} (1-5); absent reads as 1, the lightest. */
    int pressurePreference() {
        Integer pressure = answers.integer("focus.pressure");
        return pressure == null ? 1 : Math.max(1, Math.min(5, pressure));
    }

    String hotStones() {
        return answers.text("focus.hotStones");
    }

    String reflexology() {
        return answers.text("focus.reflexology");
    }

    Set<String> focusAreas() {
        return answers.set("focus.areas");
    }

    String headacheLocation() {
        return answers.text("headache.location");
    }

    /** MIGRAINE, TENSION_TYPE or OTHER, from the screening's pattern suggestion (for choosing evidence). */
    String headacheFamily() {
        String suggestion = screening.headachePattern() == null ? null : screening.headachePattern().suggestion();
        if (suggestion == null) {
            return "OTHER";
        }
        if (suggestion.contains("MIGRAINE")) {
            return "MIGRAINE";
        }
        return suggestion.startsWith("TENSION_TYPE") ? "TENSION_TYPE" : "OTHER";
    }

    List<String> orderedFocusAreas(Catalogue catalogue) {
        return focusAreas().stream().filter(a -> catalogue.area(a) != null)
                .sorted((a, b) -> Integer.compare(catalogue.rank(a), catalogue.rank(b))).toList();
    }
}

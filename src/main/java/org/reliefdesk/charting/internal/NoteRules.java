package org.reliefdesk.charting.internal;

import java.util.List;

import org.reliefdesk.charting.NoteCodes;
import org.reliefdesk.charting.SessionNote.TechniqueUsed;
import org.reliefdesk.shared.FieldErrors;

/** The rules of a SOAP note: the four parts and both pain ratings required, techniques well formed. */
final class NoteRules {

    static final int TEXT_MAX = 10_000;
    static final int AMENDMENT_MAX = 4_000;

    private NoteRules() {
    }

    static void check(NoteInput note, FieldErrors errors) {
        text("subjective", note.subjective(), true, errors);
        text("objective", note.objective(), true, errors);
        text("assessment", note.assessment(), true, errors);
        text("plan", note.plan(), true, errors);
        text("adverseReaction", note.adverseReaction(), false, errors);
        rating("painBefore", note.painBefore(), 0, 10, true, errors);
        rating("painAfter", note.painAfter(), 0, 10, true, errors);
        rating("pressure", note.pressure(), 1, 5, false, errors);
        techniques(note.techniquesUsed(), errors);
    }

    static void amendment(String text, FieldErrors errors) {
        text("text", text, true, errors);
        errors.maxLength("text", text, AMENDMENT_MAX);
    }

    private static void text(String field, String value, boolean required, FieldErrors errors) {
        if (required && !errors.has(field)) {
            errors.required(field, value);
        }
        errors.maxLength(field, value, TEXT_MAX);
    }

    private static void rating(String field, Integer value, int min, int max, boolean required, FieldErrors errors) {
        if (value == null) {
            if (required && !errors.has(field)) {
                errors.required(field, null);
            }
        } else if (value < min || value > max) {
            errors.add(field, "must be from " + min + " to " + max);
        }
    }

    private static void techniques(List<TechniqueUsed> techniques, FieldErrors errors) {
        if (techniques == null) {
            if (!errors.has("techniquesUsed")) {
                errors.required("techniquesUsed", null);
            }
            return;
        }
        for (int i = 0; i < techniques.size(); i++) {
            technique("techniquesUsed[" + i + "].", techniques.get(i), errors);
        }
    }

    private static void technique(String prefix, TechniqueUsed used, FieldErrors errors) {
        if (!errors.has(prefix + "technique")
                && (used.technique() == null || !NoteCodes.TECHNIQUES.contains(used.technique()))) {
            errors.add(prefix + "technique", "must be one of " + String.join(", ", NoteCodes.TECHNIQUES));
        }
        boolean consultation = "CONSULTATION".equals(used.technique());
        if (!errors.has(prefix + "area")
                && (used.area() == null ? !consultation : !NoteCodes.AREAS.contains(used.area()))) {
            errors.add(prefix + "area", used.area() == null ? "is required (except for CONSULTATION)"
                    : "must be one of " + String.join(", ", NoteCodes.AREAS));
        }
        if (!errors.has(prefix + "minutes") && (used.minutes() == null || used.minutes() < 1 || used.minutes() > 120)) {
            errors.add(prefix + "minutes", "must be from 1 to 120");
        }
        if (used.pressure() != null && (used.pressure() < 0 || used.pressure() > 5)) {
            errors.add(prefix + "pressure", "must be from 0 to 5");
        }
    }
}

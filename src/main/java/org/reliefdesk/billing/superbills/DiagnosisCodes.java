package org.reliefdesk.billing.superbills;

import java.util.Locale;
import java.util.regex.Pattern;

import org.reliefdesk.shared.FieldErrors;

/**
 * The written form of an ICD-10-CM code, as the {@code diagnosis} table checks it: a letter (not U), a digit, a digit
 * or A/B, then optionally a dot and one to four letters or digits ({@code G43.009}, {@code M54.2}, {@code G44.41}).
 * Letters are taken in either case and kept in upper case ({@code g43.009} is {@code G43.009}: case carries no
 * meaning in the code set); anything else (a missing dot, {@code G43009x}, {@code 123}) is refused, never guessed.
 * This checks the form only: whether the code exists is for the physician's letter to say.
 */
final class DiagnosisCodes {

    static final Pattern FORM = Pattern.compile("^[A-TV-Z][0-9][0-9AB](\\.[0-9A-Z]{1,4})?$");
    static final String MESSAGE = "must be an ICD-10-CM code as the physician wrote it, such as G43.009 or M54.2";

    private DiagnosisCodes() {
    }

    /** The code in upper case, or null after adding the field's error. */
    static String read(String field, String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "is required");
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(code).matches()) {
            errors.add(field, MESSAGE);
            return null;
        }
        return code;
    }
}

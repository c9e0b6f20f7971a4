package org.reliefdesk.accounts;

import java.util.regex.Pattern;

import org.reliefdesk.accounts.internal.AccountMessages;
import org.reliefdesk.shared.FieldErrors;

/** Checks shared by the profile forms and the API. */
public final class ProfileFields {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private ProfileFields() {
    }

    /** Names and one-line fields refuse every control character (tab and line breaks too). */
    public static FieldErrors noControlCharacters(FieldErrors errors, String field, String value) {
        if (value != null && CONTROL.matcher(value).find() && !errors.has(field)) {
            errors.add(field, AccountMessages.get("field.controlCharacters"));
        }
        return errors;
    }

    /** A person's name: present, at most 200 characters, no control characters. */
    public static FieldErrors name(FieldErrors errors, String field, String value) {
        errors.required(field, value).maxLength(field, value, 200);
        return noControlCharacters(errors, field, value);
    }

    /** "en", "es", or absent. */
    public static FieldErrors language(FieldErrors errors, String field, String value) {
        if (value != null && !value.equals("en") && !value.equals("es")) {
            errors.add(field, AccountMessages.get("field.language"));
        }
        return errors;
    }
}

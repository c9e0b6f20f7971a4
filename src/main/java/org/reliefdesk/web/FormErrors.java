package org.reliefdesk.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.RuleViolationException;

/** Field errors for a page: field name to the message shown beside it. */
public final class FormErrors {

    private FormErrors() {
    }

    public static Map<String, String> of(RuleViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            errors.merge(error.field(), capitalise(error.message()), (a, b) -> a + " " + b);
        }
        return errors;
    }

    /** The same errors keyed {@code prefix + field}, for a page with two forms. */
    public static Map<String, String> of(RuleViolationException e, String prefix) {
        Map<String, String> errors = new LinkedHashMap<>();
        of(e).forEach((field, message) -> errors.put(prefix + field, message));
        return errors;
    }

    /** "is required" beside a field reads better as "This is required". */
    static String capitalise(String message) {
        if (message.startsWith("is ") || message.startsWith("must ")) {
            return "This " + message + ".";
        }
        return message;
    }

    /** A date typed on a form, or null when blank or not a date (the caller reports it). */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

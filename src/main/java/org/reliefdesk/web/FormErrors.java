package org.reliefdesk.web;

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
}

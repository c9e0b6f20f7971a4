package org.reliefdesk.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.context.i18n.LocaleContextHolder;

/** Field errors for a page: field name to the message shown beside it, in the reader's language. */
public final class FormErrors {

    private FormErrors() {
    }

    public static Map<String, String> of(RuleViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            errors.merge(error.field(), ProblemText.sentence(error.message(), LocaleContextHolder.getLocale()),
                    (a, b) -> a + " " + b);
        }
        return errors;
    }

    /** The same errors keyed {@code prefix + field}, for a page with two forms. */
    public static Map<String, String> of(RuleViolationException e, String prefix) {
        Map<String, String> errors = new LinkedHashMap<>();
        of(e).forEach((field, message) -> errors.put(prefix + field, message));
        return errors;
    }
}

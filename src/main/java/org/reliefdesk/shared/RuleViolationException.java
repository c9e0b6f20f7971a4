package org.reliefdesk.shared;

import java.util.List;
import java.util.Map;

/** Well-formed input that breaks a rule: 422 with one entry per field. */
public class RuleViolationException extends RuntimeException {

    private final List<FieldError> errors;
    private final Map<String, Object> properties;

    public RuleViolationException(String message, List<FieldError> errors) {
        this(message, errors, Map.of());
    }

    public RuleViolationException(String message, List<FieldError> errors, Map<String, Object> properties) {
        super(message);
        this.errors = List.copyOf(errors);
        this.properties = properties;
    }

    public static RuleViolationException of(String field, String message) {
        return new RuleViolationException(message, List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}

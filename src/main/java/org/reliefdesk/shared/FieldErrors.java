package org.reliefdesk.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects field errors while checking a request, then throws them together as a 422. */
public final class FieldErrors {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public FieldErrors required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "is required");
        }
        return this;
    }

    public FieldErrors maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "must be at most " + max + " characters");
        }
        return this;
    }

    public FieldErrors email(String field, String value) {
        required(field, value);
        if (value != null && !value.isBlank() && (!EMAIL.matcher(value.strip()).matches() || value.length() > 254)) {
            add(field, "is not a valid email address");
        }
        return this;
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** A 400 rather than a 422: these are values of the wrong JSON type (API.md: "400 … wrong types"). */
    public void throwIfAnyWrongTypes() {
        if (!errors.isEmpty()) {
            throw new WrongTypeException(errors);
        }
    }

    public void throwIfAny() {
        throwIfAny("The request breaks " + errors.size() + " rule(s)");
    }

    public void throwIfAny(String message) {
        if (!errors.isEmpty()) {
            throw new RuleViolationException(message, errors);
        }
    }
}

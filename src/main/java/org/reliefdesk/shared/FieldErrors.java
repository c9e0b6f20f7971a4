package org.reliefdesk.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects field errors while checking a request, then throws them together as a 422. */
public final class FieldErrors {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<FieldError> errors = new ArrayList<>();

    /** Adds the error once: the same message for the same field found by two checks is one entry. */
    public FieldErrors add(String field, String message) {
        FieldError error = new FieldError(field, message);
        if (!errors.contains(error)) {
            errors.add(error);
        }
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

    /** At most {@code max} characters of free text: no control characters but line breaks and tab. */
    public FieldErrors maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "must be at most " + max + " characters");
        }
        if (!PlainText.isFreeText(value)) {
            add(field, PlainText.FREE_TEXT_MESSAGE);
        }
        return this;
    }

    /** A required name (of a person, the practice, a location, a room, a service): one line, no control characters. */
    public FieldErrors name(String field, String value, int max) {
        required(field, value);
        if (value != null && value.length() > max) {
            add(field, "must be at most " + max + " characters");
        }
        if (!PlainText.isName(value)) {
            add(field, PlainText.NAME_MESSAGE);
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

package org.reliefdesk.intake;

import java.util.List;
import java.util.Map;

import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.RuleViolationException;

/**
 * The outcome of checking answers against the form: the typed values that passed (by dotted code)
 * and one error per field that did not (missing, mistyped, out of range, or breaking a condition).
 */
public record IntakeCheck(Map<String, Object> values, List<FieldError> errors) {

    public IntakeCheck {
        values = Map.copyOf(values);
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public IntakeAnswers answers() {
        return new IntakeAnswers(values);
    }

    /** A 422 with one entry per field, named by its dotted code. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new RuleViolationException("The intake has " + errors.size() + " problem(s) to correct", errors);
        }
    }
}

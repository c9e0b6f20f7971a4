package org.reliefdesk.shared;

import java.util.List;

/** Well-formed JSON holding a value of the wrong JSON type (text where a number belongs): 400 naming each field. */
public class WrongTypeException extends RuntimeException {

    private final List<FieldError> errors;

    public WrongTypeException(List<FieldError> errors) {
        super("The request holds " + errors.size() + " value(s) of the wrong type");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}

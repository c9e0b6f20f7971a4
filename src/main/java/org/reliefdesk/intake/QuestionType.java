package org.reliefdesk.intake;

/** The kind of answer a question takes (INTAKE.md types). */
public enum QuestionType {
    /** {@code YYYY-MM-DD}. */
    DATE,
    /** One of the question's options. */
    CHOICE,
    BOOLEAN,
    /** A whole number within min/max. */
    INTEGER,
    /** A number that may have decimals. */
    NUMBER,
    /** Any number of the question's options (a list); may be empty unless minItems says otherwise. */
    SET,
    TEXT,
    /** Set by the server (consent.signedAt); never taken from the client. */
    TIMESTAMP;

    public boolean isNumeric() {
        return this == INTEGER || this == NUMBER;
    }
}

package org.reliefdesk.diary.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.reliefdesk.shared.FieldErrors;

/** Dates typed in paths and query strings: a bad one is a 422 naming the field, never a 400 or 500. */
final class DiaryDates {

    private DiaryDates() {
    }

    static LocalDate parse(String field, String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date (YYYY-MM-DD)");
            return null;
        }
    }
}

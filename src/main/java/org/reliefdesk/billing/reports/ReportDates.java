package org.reliefdesk.billing.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.reliefdesk.shared.FieldErrors;

/**
 * The money reports' dates, read as the operations report reads its own: {@code YYYY-MM-DD} between the years 1900
 * and 9998, else a 422 naming the field; a range has both days included, {@code to} not before {@code from}, and at
 * most {@link #MAX_DAYS} days (a year, leap day included: the revenue report is for a month, a quarter or a year).
 */
final class ReportDates {

    static final int MAX_DAYS = 366;

    record Range(LocalDate from, LocalDate to) {
    }

    private ReportDates() {
    }

    /** The day, {@code otherwise} when blank, or null with an error naming {@code field}. */
    static LocalDate day(String text, String field, LocalDate otherwise, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.getYear() < 1900 || day.getYear() > 9998) {
                errors.add(field, "must lie between the years 1900 and 9998");
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date (YYYY-MM-DD)");
            return null;
        }
    }

    /** Null (with errors naming {@code from} or {@code to}) when a date is missing or malformed, or the range wrong. */
    static Range range(String from, String to, FieldErrors errors) {
        LocalDate start = required(from, "from", errors);
        LocalDate end = required(to, "to", errors);
        if (start == null || end == null) {
            return null;
        }
        if (end.isBefore(start)) {
            errors.add("to", "must be on or after from");
            return null;
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            errors.add("to", "must be at most " + MAX_DAYS + " days from from (both included)");
            return null;
        }
        return new Range(start, end);
    }

    private static LocalDate required(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "is required");
            return null;
        }
        return day(text, field, null, errors);
    }
}

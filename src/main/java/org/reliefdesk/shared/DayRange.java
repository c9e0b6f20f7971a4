package org.reliefdesk.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A report's local days {@code from}–{@code to}, both included, read as every report reads them: {@code YYYY-MM-DD}
 * between the years 1900 and 9998, {@code to} not before {@code from}, at most {@link #MAX_DAYS} days (a year, leap
 * day included); otherwise an error naming the field.
 */
public record DayRange(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    /** Null (with errors naming {@code from} or {@code to}) when a date is missing or malformed, or the range wrong. */
    public static DayRange parse(String from, String to, FieldErrors errors) {
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
        return new DayRange(start, end);
    }

    /** The day, {@code otherwise} when blank, or null with an error naming {@code field}. */
    public static LocalDate day(String text, String field, LocalDate otherwise, FieldErrors errors) {
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

    private static LocalDate required(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "is required");
            return null;
        }
        return day(text, field, null, errors);
    }

    /** The first instant of {@code from} in the zone (epoch seconds). */
    public long start(ZoneId zone) {
        return from.atStartOfDay(zone).toEpochSecond();
    }

    /** The first instant after {@code to} in the zone (epoch seconds). */
    public long end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toEpochSecond();
    }
}

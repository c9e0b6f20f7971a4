package org.reliefdesk.scheduling.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.reliefdesk.shared.FieldErrors;

/** The report's local days {@code from}–{@code to}, both included, at most {@link #MAX_DAYS} of them. */
record ReportRange(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 366;

    /** Null (with errors naming {@code from} or {@code to}) when a date is missing or malformed, or the range wrong. */
    static ReportRange parse(String from, String to, FieldErrors errors) {
        LocalDate start = date(from, "from", errors);
        LocalDate end = date(to, "to", errors);
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
        return new ReportRange(start, end);
    }

    private static LocalDate date(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "is required");
            return null;
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

    /** The first instant of {@code from} in the zone (epoch seconds). */
    long start(ZoneId zone) {
        return from.atStartOfDay(zone).toEpochSecond();
    }

    /** The first instant after {@code to} in the zone (epoch seconds). */
    long end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toEpochSecond();
    }
}

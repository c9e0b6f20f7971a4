package org.reliefdesk.scheduling.practice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.reliefdesk.shared.FieldErrors;

/**
 * A {@code from}/{@code to} pair as the API takes it: offset date-times, or dates meaning the
 * location's local days ({@code to} included whole). A {@code +} sent unencoded arrives as a space.
 */
public record TimeRange(long from, long to) {

    static final long MAX_DAYS = 93;
    /** 1900-01-01 and 9999-12-31 (UTC): times a practice can mean, and PostgreSQL can store. */
    private static final long EARLIEST = -2_208_988_800L;
    private static final long LATEST = 253_402_214_400L;

    /** Null (with errors added) when either end is missing or malformed, or the range is empty or too long. */
    public static TimeRange parse(String from, String to, ZoneId zone, FieldErrors errors) {
        Long start = parse(from, zone, false, "from", errors);
        Long end = parse(to, zone, true, "to", errors);
        if (start == null || end == null) {
            return null;
        }
        if (end <= start) {
            errors.add("to", "must be after from");
            return null;
        }
        if (end - start > MAX_DAYS * 86_400) {
            errors.add("to", "must be at most " + MAX_DAYS + " days after from");
            return null;
        }
        return new TimeRange(start, end);
    }

    public static Long parse(String text, ZoneId zone, boolean endOfDay, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "is required");
            return null;
        }
        String value = text.strip().replace(' ', '+');
        try {
            long instant;
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                instant = (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toEpochSecond();
            } else {
                instant = OffsetDateTime.parse(value).toEpochSecond();
            }
            return plausible(instant, field, errors) ? instant : null;
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date (YYYY-MM-DD) or a date-time with offset");
            return null;
        }
    }

    /** Whether the instant lies between the years 1900 and 9999; otherwise an error names the field. */
    public static boolean plausible(long epochSecond, String field, FieldErrors errors) {
        if (epochSecond < EARLIEST || epochSecond > LATEST) {
            errors.add(field, "must lie between the years 1900 and 9999");
            return false;
        }
        return true;
    }
}

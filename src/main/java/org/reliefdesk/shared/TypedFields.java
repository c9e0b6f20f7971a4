package org.reliefdesk.shared;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads what a person typed into a form field or a query parameter: numbers, dates and times arrive as text.
 * Surrounding spaces are ignored; blank means "not given" (null or empty, never an error here — the caller
 * decides whether the field is required). With {@link FieldErrors}, text that does not read adds the caller's
 * message under the field and gives null, never an exception: the answer is a 422 naming the field, never a
 * 400 or 500. Without, the lenient forms give an empty {@link Optional} for blank and unreadable alike.
 */
public final class TypedFields {

    /** The message for a date that does not read. */
    public static final String DATE_MESSAGE = "must be a date (YYYY-MM-DD)";
    /** The message for a whole number that does not read. */
    public static final String WHOLE_MESSAGE = "must be a whole number";

    private TypedFields() {
    }

    /** Whether nothing was typed (null, empty or only spaces). */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** A whole number ({@code 7}, {@code -2}, {@code +3}); a fraction, a word or a number beyond int is not one. */
    public static Optional<Integer> whole(String text) {
        return read(text, Integer::valueOf);
    }

    /** A number such as {@code 3}, {@code 1.5} or {@code 1,5} (a comma is read as the decimal point). */
    public static Optional<BigDecimal> decimal(String text) {
        return read(text, value -> new BigDecimal(value.replace(',', '.')));
    }

    /** An ISO date, {@code 2026-12-01}. */
    public static Optional<LocalDate> date(String text) {
        return read(text, LocalDate::parse);
    }

    /** A time of day, {@code 09:30} (or {@code 09:30:15}). */
    public static Optional<LocalTime> time(String text) {
        return read(text, LocalTime::parse);
    }

    /** The whole number typed into {@code field}, or null (blank; or unreadable, when {@code message} is added). */
    public static Integer whole(String field, String text, String message, FieldErrors errors) {
        return reported(field, text, message, errors, whole(text));
    }

    /** The number typed into {@code field}, or null (blank; or unreadable, when {@code message} is added). */
    public static BigDecimal decimal(String field, String text, String message, FieldErrors errors) {
        return reported(field, text, message, errors, decimal(text));
    }

    /** The date typed into {@code field}, or null (blank; or unreadable, when {@link #DATE_MESSAGE} is added). */
    public static LocalDate date(String field, String text, FieldErrors errors) {
        return date(field, text, DATE_MESSAGE, errors);
    }

    /** The date typed into {@code field}, or null (blank; or unreadable, when {@code message} is added). */
    public static LocalDate date(String field, String text, String message, FieldErrors errors) {
        return reported(field, text, message, errors, date(text));
    }

    /** The time typed into {@code field}, or null (blank; or unreadable, when {@code message} is added). */
    public static LocalTime time(String field, String text, String message, FieldErrors errors) {
        return reported(field, text, message, errors, time(text));
    }

    private static <T> T reported(String field, String text, String message, FieldErrors errors, Optional<T> value) {
        if (value.isEmpty() && !isBlank(text)) {
            errors.add(field, message);
        }
        return value.orElse(null);
    }

    private static <T> Optional<T> read(String text, Function<String, T> reader) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.apply(text.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }
}

package org.reliefdesk.scheduling.practice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.reliefdesk.shared.TypedFields;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * How pages show times: local to the location, in the reader's language and in the shapes its bundle gives
 * ({@code format.*}), short and readable on a phone.
 */
public final class Display {

    /** A 24-hour clock ("14:05") with no words, for a rule's own message (problem details translate around it). */
    public static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private Display() {
    }

    /** A day and its time in a sentence: "Tuesday, December 8, 2026, 8:00 AM", "martes, 8 de diciembre …, 08:00". */
    public static String dayAndTime(MessageSource messages, TemporalAccessor value) {
        return in(messages, "format.weekdayDateLong", value) + ", " + in(messages, "format.time", value);
    }

    /**
     * A date or time in the reader's language, in the shape its bundle gives for {@code key} ({@code format.date},
     * {@code format.dateTime} …).
     */
    public static String in(MessageSource messages, String key, TemporalAccessor value) {
        return shape(messages, key).format(value);
    }

    /** The reader's formatter for {@code key}, for a list of dates or times formatted alike. */
    public static DateTimeFormatter shape(MessageSource messages, String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale);
    }

    /** A message in the reader's language. */
    public static String text(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    public static LocalDate parseDay(String text, LocalDate fallback) {
        return TypedFields.date(text).orElse(fallback);
    }
}

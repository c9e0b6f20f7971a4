package org.reliefdesk.scheduling.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.reliefdesk.shared.TypedFields;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** How pages show times: local to the location, short and readable on a phone. */
public final class Display {

    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private Display() {
    }

    public static String time(String offsetDateTime) {
        return TIME.format(OffsetDateTime.parse(offsetDateTime));
    }

    public static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    public static String longDay(LocalDate day) {
        return LONG_DAY.format(day);
    }

    /**
     * A date or time in the reader's language, in the shape its bundle gives for {@code key} ({@code format.date},
     * {@code format.dateTime} …).
     */
    public static String in(MessageSource messages, String key, TemporalAccessor value) {
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale).format(value);
    }

    /** A message in the reader's language. */
    public static String text(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    public static LocalDate parseDay(String text, LocalDate fallback) {
        return TypedFields.date(text).orElse(fallback);
    }
}

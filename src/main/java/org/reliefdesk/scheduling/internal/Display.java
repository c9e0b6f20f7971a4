package org.reliefdesk.scheduling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.reliefdesk.shared.TypedFields;

/** How pages show times: local to the location, short and readable on a phone. */
final class Display {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private Display() {
    }

    static String time(String offsetDateTime) {
        return TIME.format(OffsetDateTime.parse(offsetDateTime));
    }

    static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String longDay(LocalDate day) {
        return LONG_DAY.format(day);
    }

    static LocalDate parseDay(String text, LocalDate fallback) {
        return TypedFields.date(text).orElse(fallback);
    }
}

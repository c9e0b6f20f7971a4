package org.reliefdesk.scheduling.availability;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Writes an instant as ISO-8601 with the zone's offset ({@code 2026-12-01T10:00:00-05:00}, {@code Z} for UTC) —
 * exactly {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}'s text for whole seconds — as ASCII bytes into a buffer.
 * Availability answers carry thousands of times, nearly all in one stretch between two transitions of the zone:
 * the offset of the last stretch is kept, and no string is built for a time.
 */
final class IsoTimes {

    /** The most one time takes (the JDK's text for a far-off year or an offset with seconds). */
    static final int MAX_LENGTH = 64;

    private final ZoneRules rules;
    private long stretchStart = Long.MAX_VALUE;
    private long stretchEnd = Long.MIN_VALUE;
    private int offset;

    IsoTimes(ZoneRules rules) {
        this.rules = rules;
    }

    /** Writes the time at {@code buffer[at]} (room for {@link #MAX_LENGTH} bytes) and answers where it ends. */
    int write(byte[] buffer, int at, long epochSecond) {
        if (epochSecond < stretchStart || epochSecond >= stretchEnd) {
            stretch(epochSecond);
        }
        long local = epochSecond + offset;
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(local, 86_400));
        if (offset % 60 != 0 || date.getYear() < 0 || date.getYear() > 9999) { // historical or far-off: the JDK's text
            return writeByJdk(buffer, at, epochSecond);
        }
        writeDate(buffer, at, date);
        writeClock(buffer, at + 11, (int) Math.floorMod(local, 86_400));
        return writeOffset(buffer, at + 19);
    }

    private int writeByJdk(byte[] buffer, int at, long epochSecond) {
        Instant instant = Instant.ofEpochSecond(epochSecond);
        byte[] text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(rules.getOffset(instant)))
                .getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, buffer, at, text.length);
        return at + text.length;
    }

    /** {@code yyyy-MM-ddT}: eleven bytes. */
    private static void writeDate(byte[] buffer, int at, LocalDate date) {
        digits(buffer, at, date.getYear(), 4);
        buffer[at + 4] = '-';
        digits(buffer, at + 5, date.getMonthValue(), 2);
        buffer[at + 7] = '-';
        digits(buffer, at + 8, date.getDayOfMonth(), 2);
        buffer[at + 10] = 'T';
    }

    /** {@code HH:mm:ss} of the second of the day: eight bytes. */
    private static void writeClock(byte[] buffer, int at, int second) {
        digits(buffer, at, second / 3600, 2);
        buffer[at + 2] = ':';
        digits(buffer, at + 3, second / 60 % 60, 2);
        buffer[at + 5] = ':';
        digits(buffer, at + 6, second % 60, 2);
    }

    /** {@code Z} or {@code ±HH:mm} of the current stretch; answers where it ends. */
    private int writeOffset(byte[] buffer, int at) {
        if (offset == 0) {
            buffer[at] = 'Z';
            return at + 1;
        }
        buffer[at] = (byte) (offset < 0 ? '-' : '+');
        int minutes = Math.abs(offset) / 60;
        digits(buffer, at + 1, minutes / 60, 2);
        buffer[at + 3] = ':';
        digits(buffer, at + 4, minutes % 60, 2);
        return at + 6;
    }

    /** The time as a string (for the few slots the pages and a 409's alternatives show). */
    String format(long epochSecond) {
        byte[] buffer = new byte[MAX_LENGTH];
        return new String(buffer, 0, write(buffer, 0, epochSecond), StandardCharsets.US_ASCII);
    }

    /** The offset at this instant and the stretch between the transitions around it in which it holds. */
    private void stretch(long epochSecond) {
        Instant instant = Instant.ofEpochSecond(epochSecond);
        offset = rules.getOffset(instant).getTotalSeconds();
        ZoneOffsetTransition before = rules.previousTransition(instant.plusSeconds(1)); // the last one at or before
        ZoneOffsetTransition after = rules.nextTransition(instant);
        stretchStart = before == null ? Long.MIN_VALUE : before.toEpochSecond();
        stretchEnd = after == null ? Long.MAX_VALUE : after.toEpochSecond();
    }

    private static void digits(byte[] buffer, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}

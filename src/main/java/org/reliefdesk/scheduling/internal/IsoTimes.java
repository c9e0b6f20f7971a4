package org.reliefdesk.scheduling.internal;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;

/**
 * Writes an instant as ISO-8601 with the zone's offset ({@code 2026-12-01T10:00:00-05:00}, {@code Z} for UTC) —
 * exactly {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}'s text for whole seconds — straight into a writer.
 * Availability answers carry thousands of times; building a string for each is most of their garbage.
 */
final class IsoTimes {

    private final ZoneRules rules;
    private final char[] text = new char[25];

    IsoTimes(ZoneRules rules) {
        this.rules = rules;
    }

    void write(Writer out, long epochSecond) throws IOException {
        Instant instant = Instant.ofEpochSecond(epochSecond);
        ZoneOffset zoneOffset = rules.getOffset(instant);
        int offset = zoneOffset.getTotalSeconds();
        long local = epochSecond + offset;
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(local, 86_400));
        if (offset % 60 != 0 || date.getYear() < 0 || date.getYear() > 9999) { // historical or far-off: the JDK's text
            out.write(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(zoneOffset)));
            return;
        }
        int second = (int) Math.floorMod(local, 86_400);
        digits(0, date.getYear(), 4);
        text[4] = '-';
        digits(5, date.getMonthValue(), 2);
        text[7] = '-';
        digits(8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(11, second / 3600, 2);
        text[13] = ':';
        digits(14, second / 60 % 60, 2);
        text[16] = ':';
        digits(17, second % 60, 2);
        if (offset == 0) {
            text[19] = 'Z';
            out.write(text, 0, 20);
            return;
        }
        text[19] = offset < 0 ? '-' : '+';
        int minutes = Math.abs(offset) / 60;
        digits(20, minutes / 60, 2);
        text[22] = ':';
        digits(23, minutes % 60, 2);
        out.write(text, 0, 25);
    }

    private void digits(int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}

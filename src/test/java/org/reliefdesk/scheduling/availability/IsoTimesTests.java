package org.reliefdesk.scheduling.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class IsoTimesTests {

    private static String written(ZoneId zone, long epochSecond) {
        return written(new IsoTimes(zone.getRules()), epochSecond);
    }

    private static String written(IsoTimes times, long epochSecond) {
        byte[] buffer = new byte[IsoTimes.MAX_LENGTH + 3];
        int end = times.write(buffer, 3, epochSecond);
        return new String(buffer, 3, end - 3, StandardCharsets.US_ASCII);
    }

    private static String jdk(ZoneId zone, long epochSecond) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.ofEpochSecond(epochSecond).atZone(zone)
                .toOffsetDateTime());
    }

    @Test
    void writesTheZonesOffsetLikeTheJdk() {
        assertThat(written(ZoneId.of("America/New_York"), Instant.parse("2026-12-01T15:00:00Z").getEpochSecond()))
                .isEqualTo("2026-12-01T10:00:00-05:00");
        assertThat(written(ZoneId.of("UTC"), Instant.parse("2026-12-01T15:00:00Z").getEpochSecond()))
                .isEqualTo("2026-12-01T15:00:00Z");
        assertThat(written(ZoneId.of("Asia/Kathmandu"), Instant.parse("2026-12-01T15:00:00Z").getEpochSecond()))
                .isEqualTo("2026-12-01T20:45:00+05:45");
    }

    @Test
    void agreesWithTheJdkAcrossZonesDaylightSavingAndHistory() {
        Random random = new Random(20261205L);
        for (String name : List.of("America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata",
                "America/St_Johns", "Pacific/Chatham", "Europe/Amsterdam", "UTC")) {
            ZoneId zone = ZoneId.of(name);
            for (int i = 0; i < 20_000; i++) {
                long epochSecond = -2_208_988_800L + (long) (random.nextDouble() * 4_500_000_000L);
                assertThat(written(zone, epochSecond)).as(name + " " + epochSecond).isEqualTo(jdk(zone, epochSecond));
            }
        }
    }

    /** One writer kept across a year of quarter hours: the offset it keeps changes exactly at each transition. */
    @Test
    void keepsTheRightOffsetAcrossTransitionsWhenWritingInOrder() {
        for (String name : List.of("America/New_York", "Europe/London", "Australia/Lord_Howe", "UTC")) {
            ZoneId zone = ZoneId.of(name);
            IsoTimes times = new IsoTimes(zone.getRules());
            long start = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
            for (long s = start; s < start + 366 * 86_400L; s += 900) {
                assertThat(written(times, s)).as(name + " " + s).isEqualTo(jdk(zone, s));
                assertThat(written(times, s + 3_600)).as(name + " " + s + " + 1 h").isEqualTo(jdk(zone, s + 3_600));
            }
            for (long s = start + 366 * 86_400L; s > start; s -= 86_399) { // and backwards
                assertThat(written(times, s)).as(name + " " + s).isEqualTo(jdk(zone, s));
            }
        }
    }
}

package org.reliefdesk.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class IsoTimesTests {

    private static String written(ZoneId zone, long epochSecond) throws IOException {
        StringWriter out = new StringWriter();
        new IsoTimes(zone.getRules()).write(out, epochSecond);
        return out.toString();
    }

    private static String jdk(ZoneId zone, long epochSecond) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.ofEpochSecond(epochSecond).atZone(zone)
                .toOffsetDateTime());
    }

    @Test
    void writesTheZonesOffsetLikeTheJdk() throws IOException {
        assertThat(written(ZoneId.of("America/New_York"), Instant.parse("2026-12-01T15:00:00Z").getEpochSecond()))
                .isEqualTo("2026-12-01T10:00:00-05:00");
        assertThat(written(ZoneId.of("UTC"), Instant.parse("2026-12-01T15:00:00Z").getEpochSecond()))
                .isEqualTo("2026-12-01T15:00:00Z");
        assertThat(written(ZoneId.of("Asia/Kathmandu"), Instant.parse("2026-12-01T15:00:00Z").getEpochSecond()))
                .isEqualTo("2026-12-01T20:45:00+05:45");
    }

    @Test
    void agreesWithTheJdkAcrossZonesDaylightSavingAndHistory() throws IOException {
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
}

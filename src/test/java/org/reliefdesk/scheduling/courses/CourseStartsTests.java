package org.reliefdesk.scheduling.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reliefdesk.clients.Client;
import org.reliefdesk.scheduling.booking.Booker.Ask;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.services.Service;

/** A course's sessions: at the first session's local time, every n days or on the weekdays asked for. */
class CourseStartsTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void weeklySessionsKeepTheirLocalTimeAcrossTheClockChange() {
        Ask ask = askAt(LocalDateTime.parse("2026-02-26T18:00")); // a Thursday, two weeks before DST starts

        List<Long> starts = Courses.starts(ask, new Courses.Pattern(4, 7, null));

        assertThat(starts).extracting(this::local).containsExactly(LocalDateTime.parse("2026-02-26T18:00"),
                LocalDateTime.parse("2026-03-05T18:00"), LocalDateTime.parse("2026-03-12T18:00"),
                LocalDateTime.parse("2026-03-19T18:00"));
        assertThat(starts.get(2) - starts.get(1)).as("an hour shorter: the clocks went forward")
                .isEqualTo(7 * 24 * 3600L - 3600);
    }

    @Test
    void onWeekdaysTheSessionsFallOnEachDayAskedFor() {
        Ask ask = askAt(LocalDateTime.parse("2026-03-02T09:30")); // a Monday

        List<Long> starts = Courses.starts(ask, new Courses.Pattern(4, null,
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)));

        assertThat(starts).extracting(this::local).containsExactly(LocalDateTime.parse("2026-03-02T09:30"),
                LocalDateTime.parse("2026-03-05T09:30"), LocalDateTime.parse("2026-03-09T09:30"),
                LocalDateTime.parse("2026-03-12T09:30"));
    }

    private LocalDateTime local(Long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).atZone(NEW_YORK).toLocalDateTime();
    }

    private static Ask askAt(LocalDateTime start) {
        Location location = new Location(UUID.randomUUID(), "Clinic", NEW_YORK.getId(), 15, 24, List.of(), List.of(),
                "", null);
        Service massage = new Service("MEDICAL_MASSAGE_60", "Medical massage", 60, List.of(), true);
        Client client = new Client(UUID.randomUUID(), UUID.randomUUID(), "Casey Client", "casey@example.org", null,
                null);
        return new Ask(client, location, massage, ZonedDateTime.of(start, NEW_YORK).toEpochSecond(), null, null);
    }
}

package org.reliefdesk.scheduling.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reliefdesk.scheduling.practice.WorkingHours.Day;
import org.reliefdesk.scheduling.practice.WorkingHours.TimeOff;
import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.FieldErrors;

class WorkingHoursParsingTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final FieldErrors errors = new FieldErrors();

    static List<String> rows(List<int[]> days) {
        return days.stream().map(Arrays::toString).toList();
    }

    @Nested
    class Clock {

        @ParameterizedTest
        @CsvSource({"09:00, 540", "00:00, 0", "23:59, 1439", "24:00, 1440", "' 07:30 ', 450", "9:00, ", "09:00:30, ",
                "25:00, ", "noon, ", "'', "})
        void readsHoursAndMinutes(String text, Integer minutes) {
            assertThat(WorkingHours.parseClock(text)).isEqualTo(minutes);
        }

        @Test
        void nothingIsNoTime() {
            assertThat(WorkingHours.parseClock(null)).isNull();
        }

        @Test
        void writesMinutesBackAsAClock() {
            assertThat(WorkingHours.clock(0)).isEqualTo("00:00");
            assertThat(WorkingHours.clock(545)).isEqualTo("09:05");
            assertThat(WorkingHours.clock(1440)).isEqualTo("24:00");
        }

        @Test
        void daysAreReadWhateverTheirCase() {
            assertThat(WorkingHours.parseDay(" monday ")).isEqualTo(DayOfWeek.MONDAY);
            assertThat(WorkingHours.parseDay("Sunday")).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(WorkingHours.parseDay("MON")).isNull();
            assertThat(WorkingHours.parseDay(null)).isNull();
        }
    }

    @Nested
    class Weekly {

        @Test
        void everyUsableDayBecomesDayStartAndEnd() {
            List<int[]> days = WorkingHours.parseWeekly(errors, List.of(new Day("MONDAY", "09:00", "12:00"),
                    new Day("monday", "13:00", "17:30"), new Day("SATURDAY", "20:00", "24:00")));
            assertThat(errors.list()).isEmpty();
            assertThat(rows(days)).containsExactly("[1, 540, 720]", "[1, 780, 1050]", "[6, 1200, 1440]");
        }

        @Test
        void hoursThatMeetEndToEndDoNotOverlap() {
            List<int[]> days = WorkingHours.parseWeekly(errors, List.of(new Day("TUESDAY", "09:00", "12:00"),
                    new Day("TUESDAY", "12:00", "15:00")));
            assertThat(errors.list()).isEmpty();
            assertThat(days).hasSize(2);
        }

        @Test
        void anEmptyListRemovesTheHours() {
            assertThat(WorkingHours.parseWeekly(errors, List.of())).isEmpty();
            assertThat(errors.list()).isEmpty();
        }

        @Test
        void theListIsRequired() {
            assertThat(WorkingHours.parseWeekly(errors, null)).isEmpty();
            assertThat(errors.list()).containsExactly(
                    new FieldError("weekly", "is required (an empty list removes the hours)"));
        }

        @Test
        void aMissingEntryNamesEveryFieldOfIt() {
            WorkingHours.parseWeekly(errors, Arrays.asList((Day) null));
            assertThat(errors.list()).containsExactly(new FieldError("weekly[0].day", "must be MONDAY … SUNDAY"),
                    new FieldError("weekly[0].start", "must be a time HH:mm"),
                    new FieldError("weekly[0].end", "must be a time HH:mm (24:00 for midnight)"));
        }

        @Test
        void eachBadFieldIsNamedWithItsIndex() {
            List<int[]> days = WorkingHours.parseWeekly(errors, List.of(new Day("MONDAY", "09:00", "17:00"),
                    new Day("FUNDAY", "9am", "17:00"), new Day("FRIDAY", "09:00", "5pm")));
            assertThat(rows(days)).containsExactly("[1, 540, 1020]");
            assertThat(errors.list()).containsExactly(new FieldError("weekly[1].day", "must be MONDAY … SUNDAY"),
                    new FieldError("weekly[1].start", "must be a time HH:mm"),
                    new FieldError("weekly[2].end", "must be a time HH:mm (24:00 for midnight)"));
        }

        @Test
        void midnightCannotStartTheHours() {
            WorkingHours.parseWeekly(errors, List.of(new Day("MONDAY", "24:00", "24:00")));
            assertThat(errors.list()).containsExactly(new FieldError("weekly[0].start", "must be a time HH:mm"));
        }

        @Test
        void theEndMustComeAfterTheStart() {
            List<int[]> days = WorkingHours.parseWeekly(errors, List.of(new Day("MONDAY", "17:00", "09:00"),
                    new Day("TUESDAY", "10:00", "10:00")));
            assertThat(days).isEmpty();
            assertThat(errors.list()).containsExactly(new FieldError("weekly[0].end", "must be after the start"),
                    new FieldError("weekly[1].end", "must be after the start"));
        }

        @Test
        void hoursOverlappingEarlierOnesOfTheSameDayAreRefused() {
            List<int[]> days = WorkingHours.parseWeekly(errors, List.of(new Day("MONDAY", "09:00", "13:00"),
                    new Day("TUESDAY", "12:00", "14:00"), new Day("MONDAY", "12:59", "15:00")));
            assertThat(rows(days)).containsExactly("[1, 540, 780]", "[2, 720, 840]");
            assertThat(errors.list()).containsExactly(new FieldError("weekly[2]", "overlaps other hours on MONDAY"));
        }
    }

    @Nested
    class TimeOffPeriods {

        @Test
        void datesAreWholeLocalDaysWithTheEndIncluded() {
            List<Instant[]> off = WorkingHours.parseTimeOff(errors, List.of(new TimeOff("2026-12-24", "2026-12-26")),
                    NEW_YORK);
            assertThat(errors.list()).isEmpty();
            assertThat(off).singleElement().satisfies(o -> {
                assertThat(o[0]).isEqualTo(Instant.parse("2026-12-24T05:00:00Z"));
                assertThat(o[1]).isEqualTo(Instant.parse("2026-12-27T05:00:00Z"));
            });
        }

        @Test
        void dateTimesWithOffsetAreExact() {
            List<Instant[]> off = WorkingHours.parseTimeOff(errors,
                    List.of(new TimeOff("2026-12-01T09:00:00-05:00", "2026-12-01T12:00:00-05:00")), NEW_YORK);
            assertThat(off.get(0)).containsExactly(Instant.parse("2026-12-01T14:00:00Z"),
                    Instant.parse("2026-12-01T17:00:00Z"));
        }

        @Test
        void unreadableEndsAreNamedWithAnExample() {
            List<Instant[]> off = WorkingHours.parseTimeOff(errors, Arrays.asList(new TimeOff("soon", null), null),
                    NEW_YORK);
            assertThat(off).isEmpty();
            assertThat(errors.list()).containsExactly(
                    new FieldError("timeOff[0].start", "must be a date (2026-12-24) or a date-time with offset, "
                            + "e.g. 2026-12-01T09:00:00-05:00"),
                    new FieldError("timeOff[0].end", "must be a date (2026-12-26) or a date-time with offset, "
                            + "e.g. 2026-12-01T17:00:00-05:00"),
                    new FieldError("timeOff[1].start", "must be a date (2026-12-24) or a date-time with offset, "
                            + "e.g. 2026-12-01T09:00:00-05:00"),
                    new FieldError("timeOff[1].end", "must be a date (2026-12-26) or a date-time with offset, "
                            + "e.g. 2026-12-01T17:00:00-05:00"));
        }

        @Test
        void theEndMustComeAfterTheStart() {
            List<Instant[]> off = WorkingHours.parseTimeOff(errors, List.of(
                    new TimeOff("2026-12-01T12:00:00Z", "2026-12-01T12:00:00Z"),
                    new TimeOff("2026-12-02T00:00:00Z", "2026-12-02T01:00:00Z")), NEW_YORK);
            assertThat(off).hasSize(1);
            assertThat(errors.list()).containsExactly(new FieldError("timeOff[0].end", "must be after the start"));
        }

        @Test
        void aSingleTimeReadsAsADayStartOrEnd() {
            assertThat(WorkingHours.parseInstant("2026-07-04", NEW_YORK, false))
                    .isEqualTo(Instant.parse("2026-07-04T04:00:00Z"));
            assertThat(WorkingHours.parseInstant("2026-07-04", NEW_YORK, true))
                    .isEqualTo(Instant.parse("2026-07-05T04:00:00Z"));
            assertThat(WorkingHours.parseInstant("1850-01-01", NEW_YORK, false)).isNull();
            assertThat(WorkingHours.parseInstant(null, NEW_YORK, false)).isNull();
        }
    }
}

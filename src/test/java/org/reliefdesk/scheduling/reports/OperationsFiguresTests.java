package org.reliefdesk.scheduling.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reliefdesk.scheduling.reports.WorkingTime.Weekly;
import org.reliefdesk.shared.DayRange;
import org.reliefdesk.shared.FieldErrors;

/** The report's arithmetic over in-memory data: working time, unions, rates, the range and the CSV. */
class OperationsFiguresTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Nested
    class Working {

        @Test
        void weeklyHoursOverARangeCountEachMatchingDay() {
            List<Weekly> mondaysAndWednesdays = List.of(new Weekly(DayOfWeek.MONDAY, 9 * 60, 17 * 60),
                    new Weekly(DayOfWeek.WEDNESDAY, 13 * 60, 15 * 60));
            // 2026-06-01 is a Monday; two weeks hold two Mondays and two Wednesdays
            List<long[]> shifts = WorkingTime.shifts(mondaysAndWednesdays, LocalDate.of(2026, 6, 1),
                    LocalDate.of(2026, 6, 14), NEW_YORK);
            assertThat(WorkingTime.minutes(shifts)).isEqualTo(2 * 480 + 2 * 120);
        }

        @Test
        void aWholeDayOnTheSpringChangeIs23HoursAndOnTheAutumnChange25() {
            List<Weekly> sundays = List.of(new Weekly(DayOfWeek.SUNDAY, 0, 1440));
            assertThat(WorkingTime.minutes(WorkingTime.shifts(sundays, LocalDate.of(2026, 3, 8),
                    LocalDate.of(2026, 3, 8), NEW_YORK))).isEqualTo(23 * 60);
            assertThat(WorkingTime.minutes(WorkingTime.shifts(sundays, LocalDate.of(2026, 11, 1),
                    LocalDate.of(2026, 11, 1), NEW_YORK))).isEqualTo(25 * 60);
        }

        @Test
        void anEarlyShiftOverTheSpringGapIsAsLongAsTheClockSays() {
            // 01:00-04:00 on 8 March 2026: 02:00-03:00 does not exist in New York
            List<Weekly> early = List.of(new Weekly(DayOfWeek.SUNDAY, 60, 240));
            assertThat(WorkingTime.minutes(WorkingTime.shifts(early, LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 8),
                    NEW_YORK))).isEqualTo(120);
            assertThat(WorkingTime.minutes(WorkingTime.shifts(early, LocalDate.of(2026, 3, 15),
                    LocalDate.of(2026, 3, 15), NEW_YORK))).isEqualTo(180);
        }

        @Test
        void timeOffAcrossTheChangeIsTakenOffOnlyWhereItMeetsTheHours() {
            List<Weekly> daily = List.of(DayOfWeek.values()).stream().map(d -> new Weekly(d, 9 * 60, 17 * 60))
                    .toList();
            List<long[]> week = WorkingTime.shifts(daily, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 11),
                    NEW_YORK);
            // off from Saturday noon to Monday 10:00, over the Sunday the clocks go forward
            List<long[]> off = List.of(new long[] {at(2026, 3, 7, 12), at(2026, 3, 9, 10)});
            assertThat(WorkingTime.minutes(WorkingTime.minus(week, off))).isEqualTo(7 * 480 - (300 + 480 + 60));
        }

        @Test
        void overlappingTimeOffIsTakenOffOnce() {
            List<long[]> shift = List.of(new long[] {0, 8 * 3600});
            List<long[]> off = List.of(new long[] {3600, 3 * 3600}, new long[] {2 * 3600, 4 * 3600},
                    new long[] {-3600, 600});
            assertThat(WorkingTime.minutes(WorkingTime.minus(shift, off))).isEqualTo(8 * 60 - 10 - 180);
        }

        @Test
        void theUnionCountsMinutesInWhichAnyoneWorksOnce() {
            List<long[]> spans = List.of(new long[] {9, 17}, new long[] {13, 19}, new long[] {20, 21},
                    new long[] {19, 20}, new long[] {5, 5});
            List<long[]> union = WorkingTime.union(spans.stream().map(s -> new long[] {s[0] * 3600, s[1] * 3600})
                    .toList());
            assertThat(union).hasSize(1);
            assertThat(WorkingTime.minutes(union)).isEqualTo(12 * 60);
            assertThat(WorkingTime.minutes(List.of(new long[] {0, 3600}, new long[] {7200, 9000}))).isEqualTo(90);
        }

        private static long at(int year, int month, int day, int hour) {
            return LocalDateTime.of(year, month, day, hour, 0).atZone(NEW_YORK).toEpochSecond();
        }
    }

    @Nested
    class Fractions {

        @ParameterizedTest
        @CsvSource({"1,4,0.25", "1,3,0.333", "2,3,0.667", "1,8,0.125", "1,16,0.063", "1,2000,0.001", "1,2001,0.0",
                "0,5,0.0", "5,0,0.0", "0,0,0.0", "7,7,1.0"})
        void areRoundedHalfUpToThreePlacesAndZeroWithoutADivisor(long part, long whole, double rate) {
            assertThat(Rates.of(part, whole)).isEqualTo(rate);
        }
    }

    @Nested
    class Range {

        @Test
        void bothDaysAreIncludedAndAYearIsAllowed() {
            FieldErrors errors = new FieldErrors();
            DayRange range = DayRange.parse("2025-01-01", "2025-12-31", errors);
            assertThat(errors.isEmpty()).isTrue();
            assertThat(range.end(NEW_YORK) - range.start(NEW_YORK)).isEqualTo(365 * 86_400L);
            assertThat(DayRange.parse("2024-01-01", "2024-12-31", errors)).isNotNull(); // 366 days
        }

        @ParameterizedTest
        @CsvSource(nullValues = "null", value = {"null,2025-01-01,from", "2025-01-01,null,to",
                "2025-13-01,2025-12-01,from", "2025-01-02,2025-01-01,to", "2025-01-01,2026-01-02,to",
                "0001-01-01,2025-01-01,from"})
        void aBadDateNamesItsField(String from, String to, String field) {
            FieldErrors errors = new FieldErrors();
            assertThat(DayRange.parse(from, to, errors)).isNull();
            assertThat(errors.has(field)).isTrue();
        }
    }

    @Test
    void theCsvHasOneRowPerTherapistAndRoomAndNeutralisesFormulas() {
        UUID t = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
        UUID r = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
        OperationsReport report = new OperationsReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null,
                List.of(new OperationsReport.TherapistLine(t, "=HYPERLINK(\"x\")", 600, 300, 0.5)),
                List.of(new OperationsReport.RoomLine(r, "Room, upstairs", 300, 0.25)), 5, 1, 1, 0, 1, 0.25, 1, 0);
        assertThat(OperationsCsv.of(report).lines().toList()).containsExactly(
                "therapistId,roomId,name,workingMinutes,bookedMinutes,utilisation",
                t + ",,\"'=HYPERLINK(\"\"x\"\")\",600,300,0.5",
                "," + r + ",\"Room, upstairs\",,300,0.25");
        assertThat(OperationsCsv.fileName(report)).isEqualTo("operations-2026-01-01-to-2026-01-31.csv");
    }
}

package org.reliefdesk.scheduling.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.FieldErrors;

class TimeRangeTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static long epoch(String instant) {
        return Instant.parse(instant).getEpochSecond();
    }

    @Nested
    class Accepted {

        @Test
        void datesMeanTheLocationsLocalDaysWithToIncludedWhole() {
            FieldErrors errors = new FieldErrors();
            TimeRange range = TimeRange.parse("2026-12-07", "2026-12-08", NEW_YORK, errors);
            assertThat(errors.isEmpty()).isTrue();
            assertThat(range).isEqualTo(new TimeRange(epoch("2026-12-07T05:00:00Z"), epoch("2026-12-09T05:00:00Z")));
        }

        @Test
        void offsetDateTimesAreTakenAsTheInstantsTheyName() {
            TimeRange range = TimeRange.parse("2026-12-07T10:00:00-05:00", "2026-12-07T17:30:00Z", NEW_YORK,
                    new FieldErrors());
            assertThat(range).isEqualTo(new TimeRange(epoch("2026-12-07T15:00:00Z"), epoch("2026-12-07T17:30:00Z")));
        }

        @Test
        void aPlusSentUnencodedArrivesAsASpaceAndStillReads() {
            FieldErrors errors = new FieldErrors();
            Long at = TimeRange.parse("2026-12-07T10:00:00 01:00", NEW_YORK, false, "from", errors);
            assertThat(at).isEqualTo(epoch("2026-12-07T09:00:00Z"));
            assertThat(errors.isEmpty()).isTrue();
        }

        @Test
        void surroundingSpacesAreIgnored() {
            assertThat(TimeRange.parse("  2026-12-07 ", NEW_YORK, false, "from", new FieldErrors()))
                    .isEqualTo(epoch("2026-12-07T05:00:00Z"));
        }

        @Test
        void aDateRangeOverTheSpringChangeIsOneHourShorter() {
            TimeRange range = TimeRange.parse("2026-03-08", "2026-03-08", NEW_YORK, new FieldErrors());
            assertThat(range.to() - range.from()).isEqualTo(23 * 3600);
            TimeRange autumn = TimeRange.parse("2026-11-01", "2026-11-01", NEW_YORK, new FieldErrors());
            assertThat(autumn.to() - autumn.from()).isEqualTo(25 * 3600);
        }

        @Test
        void exactlyTheLongestRangeIsAllowed() {
            LocalDate from = LocalDate.of(2026, 1, 1);
            FieldErrors errors = new FieldErrors();
            TimeRange range = TimeRange.parse(from.toString(), from.plusDays(TimeRange.MAX_DAYS - 1).toString(),
                    ZoneId.of("UTC"), errors);
            assertThat(errors.list()).isEmpty();
            assertThat(range.to() - range.from()).isEqualTo(TimeRange.MAX_DAYS * 86_400);
        }

        @Test
        void theStartOfADayOrWithEndOfDayItsEnd() {
            assertThat(TimeRange.parse("2026-12-07", NEW_YORK, false, "x", new FieldErrors()))
                    .isEqualTo(epoch("2026-12-07T05:00:00Z"));
            assertThat(TimeRange.parse("2026-12-07", NEW_YORK, true, "x", new FieldErrors()))
                    .isEqualTo(epoch("2026-12-08T05:00:00Z"));
        }
    }

    @Nested
    class Refused {

        private FieldErrors errors = new FieldErrors();

        @Test
        void bothEndsAreRequired() {
            assertThat(TimeRange.parse(null, " ", NEW_YORK, errors)).isNull();
            assertThat(errors.list()).containsExactly(new FieldError("from", "is required"),
                    new FieldError("to", "is required"));
        }

        @Test
        void somethingThatIsNeitherADateNorADateTimeWithOffset() {
            assertThat(TimeRange.parse("tomorrow", "2026-12-07T10:00:00", NEW_YORK, errors)).isNull();
            assertThat(errors.list()).containsExactly(
                    new FieldError("from", "must be a date (YYYY-MM-DD) or a date-time with offset"),
                    new FieldError("to", "must be a date (YYYY-MM-DD) or a date-time with offset"));
        }

        @Test
        void anImpossibleDate() {
            assertThat(TimeRange.parse("2026-02-30", NEW_YORK, false, "from", errors)).isNull();
            assertThat(errors.list()).containsExactly(
                    new FieldError("from", "must be a date (YYYY-MM-DD) or a date-time with offset"));
        }

        @Test
        void toMustBeAfterFrom() {
            assertThat(TimeRange.parse("2026-12-07T10:00:00Z", "2026-12-07T10:00:00Z", NEW_YORK, errors)).isNull();
            assertThat(errors.list()).containsExactly(new FieldError("to", "must be after from"));
        }

        @Test
        void aDayMoreThanTheLongestRange() {
            assertThat(TimeRange.parse("2026-01-01", "2026-04-04", ZoneId.of("UTC"), errors)).isNull();
            assertThat(errors.list()).containsExactly(new FieldError("to", "must be at most 93 days after from"));
        }

        @Test
        void yearsAPracticeCannotMean() {
            assertThat(TimeRange.parse("1899-12-31", "9999-12-31T12:00:00Z", ZoneId.of("UTC"), errors)).isNull();
            assertThat(errors.list()).extracting(FieldError::field).containsExactly("from", "to");
            assertThat(errors.list()).extracting(FieldError::message)
                    .containsOnly("must lie between the years 1900 and 9999");
        }

        @Test
        void theEdgesOfThePlausibleYearsAreKept() {
            assertThat(TimeRange.plausible(-2_208_988_800L, "x", errors)).isTrue();
            assertThat(TimeRange.plausible(253_402_214_400L, "x", errors)).isTrue();
            assertThat(errors.isEmpty()).isTrue();
            assertThat(TimeRange.plausible(-2_208_988_801L, "x", errors)).isFalse();
            assertThat(TimeRange.plausible(253_402_214_401L, "y", errors)).isFalse();
            assertThat(errors.list()).extracting(FieldError::field).containsExactly("x", "y");
        }
    }
}

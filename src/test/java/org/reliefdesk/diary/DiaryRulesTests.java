package org.reliefdesk.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.FieldErrors;

class DiaryRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

    static List<String> fields(DiaryInput input) {
        FieldErrors errors = new FieldErrors();
        DiaryRules.check(input, errors);
        return errors.list().stream().map(FieldError::field).toList();
    }

    static DiaryInput headacheDay(Integer peak, String hours, List<String> meds, List<String> triggers) {
        return new DiaryInput(true, peak, hours == null ? null : new BigDecimal(hours), meds, triggers, null);
    }

    @Test
    void acceptsAFullHeadacheDay() {
        assertThat(fields(headacheDay(7, "4.5", List.of("TRIPTAN"), List.of("STRESS")))).isEmpty();
    }

    @Test
    void acceptsAHeadacheDayWithEmptyListsMeaningNone() {
        assertThat(fields(headacheDay(3, "1", List.of(), List.of()))).isEmpty();
    }

    @Test
    void headacheIsAlwaysRequired() {
        assertThat(fields(new DiaryInput(null, null, null, null, null, null))).containsExactly("headache");
    }

    @Test
    void aHeadacheDayNeedsEveryDetail() {
        assertThat(fields(headacheDay(null, null, null, null)))
                .containsExactly("peakIntensity", "durationHours", "acuteMedication", "triggers");
    }

    @Test
    void aHeadacheFreeDayNeedsNothingElseAndMayLogMedication() {
        assertThat(fields(new DiaryInput(false, null, null, null, null, null))).isEmpty();
        assertThat(fields(new DiaryInput(false, 0, BigDecimal.ZERO, List.of("NSAID"), List.of(), "ok"))).isEmpty();
    }

    @Nested
    class Ranges {

        @Test
        void intensityRunsFromZeroToTen() {
            assertThat(fields(headacheDay(0, "1", List.of(), List.of()))).isEmpty();
            assertThat(fields(headacheDay(10, "1", List.of(), List.of()))).isEmpty();
            assertThat(fields(headacheDay(11, "1", List.of(), List.of()))).containsExactly("peakIntensity");
            assertThat(fields(headacheDay(-1, "1", List.of(), List.of()))).containsExactly("peakIntensity");
        }

        @Test
        void durationRunsFromZeroToSeventyTwoHours() {
            assertThat(fields(headacheDay(5, "0", List.of(), List.of()))).isEmpty();
            assertThat(fields(headacheDay(5, "72", List.of(), List.of()))).isEmpty();
            assertThat(fields(headacheDay(5, "72.5", List.of(), List.of()))).containsExactly("durationHours");
            assertThat(fields(headacheDay(5, "-0.5", List.of(), List.of()))).containsExactly("durationHours");
        }

        @Test
        void aHeadacheFreeDayCannotCarryPainOrDuration() {
            assertThat(fields(new DiaryInput(false, 4, new BigDecimal("2"), List.of(), List.of(), null)))
                    .containsExactly("peakIntensity", "durationHours");
        }
    }

    @Nested
    class Codes {

        @Test
        void medicationUsesTheIntakeKindsWithoutNone() {
            assertThat(fields(headacheDay(5, "2", List.of("NONE"), List.of()))).containsExactly("acuteMedication");
            assertThat(fields(headacheDay(5, "2", List.of("ASPIRIN"), List.of()))).containsExactly("acuteMedication");
            assertThat(fields(headacheDay(5, "2", DiaryCodes.MEDICATION_KINDS, List.of()))).isEmpty();
        }

        @Test
        void triggersUseTheIntakeTriggers() {
            assertThat(fields(headacheDay(5, "2", List.of(), List.of("FULL_MOON")))).containsExactly("triggers");
            assertThat(fields(headacheDay(5, "2", List.of(), DiaryCodes.TRIGGERS))).isEmpty();
        }
    }

    @Nested
    class Dates {

        static List<String> dateErrors(LocalDate date) {
            FieldErrors errors = new FieldErrors();
            DiaryRules.checkDate("date", date, TODAY, errors);
            return errors.list().stream().map(FieldError::message).toList();
        }

        @Test
        void todayAndAYearBackAreFine() {
            assertThat(dateErrors(TODAY)).isEmpty();
            assertThat(dateErrors(TODAY.minusDays(365))).isEmpty();
        }

        @Test
        void futureDaysAndOlderOnesAreRefusedWithAReason() {
            assertThat(dateErrors(TODAY.plusDays(1))).singleElement().asString().contains("future");
            assertThat(dateErrors(TODAY.minusDays(366))).singleElement().asString().contains("last 365 days");
        }
    }
}

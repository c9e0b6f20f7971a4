package org.reliefdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedFieldsTests {

    @Nested
    class Blank {

        @ParameterizedTest(name = "[{0}]")
        @NullSource
        @ValueSource(strings = {"", " ", "\t", " \n "})
        void blankIsNotGivenForEveryTypeAndNeverAnError(String text) {
            assertThat(TypedFields.isBlank(text)).isTrue();
            assertThat(TypedFields.whole(text)).isEmpty();
            assertThat(TypedFields.decimal(text)).isEmpty();
            assertThat(TypedFields.date(text)).isEmpty();
            assertThat(TypedFields.time(text)).isEmpty();
            FieldErrors errors = new FieldErrors();
            assertThat(TypedFields.whole("n", text, "bad", errors)).isNull();
            assertThat(TypedFields.decimal("d", text, "bad", errors)).isNull();
            assertThat(TypedFields.date("on", text, errors)).isNull();
            assertThat(TypedFields.time("at", text, "bad", errors)).isNull();
            assertThat(errors.isEmpty()).isTrue();
        }

        @Test
        void textWithSomethingInItIsNotBlank() {
            assertThat(TypedFields.isBlank(" x ")).isFalse();
            assertThat(TypedFields.isBlank("0")).isFalse();
        }
    }

    @Nested
    class WholeNumbers {

        @ParameterizedTest(name = "[{0}] reads as {1}")
        @CsvSource(delimiter = '|', textBlock = """
                '0'           | 0
                '7'           | 7
                ' 10 '        | 10
                '-3'          | -3
                '+4'          | 4
                '007'         | 7
                '2147483647'  | 2147483647
                '-2147483648' | -2147483648
                """)
        void accepts(String text, int expected) {
            FieldErrors errors = new FieldErrors();
            assertThat(TypedFields.whole(text)).contains(expected);
            assertThat(TypedFields.whole("days", text, "must be days", errors)).isEqualTo(expected);
            assertThat(errors.isEmpty()).isTrue();
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"abc", "1.5", "1,5", "3 4", "1e3", "2147483648", "-2147483649", "--1", "+", "12x",
                "0x10", "five"})
        void refusesWithTheCallersMessageUnderTheField(String text) {
            FieldErrors errors = new FieldErrors();
            assertThat(TypedFields.whole(text)).isEmpty();
            assertThat(TypedFields.whole("baselineDays", text, "must be a whole number of days", errors)).isNull();
            assertThat(errors.list()).containsExactly(new FieldError("baselineDays", "must be a whole number of days"));
        }
    }

    @Nested
    class Decimals {

        @ParameterizedTest(name = "[{0}] reads as {1}")
        @CsvSource(delimiter = '|', textBlock = """
                '3'     | 3
                '1.5'   | 1.5
                '1,5'   | 1.5
                ' 0.25 '| 0.25
                '-2'    | -2
                '.5'    | 0.5
                '1e2'   | 1E+2
                """)
        void acceptsAPointOrACommaAsTheDecimalMark(String text, String expected) {
            FieldErrors errors = new FieldErrors();
            assertThat(TypedFields.decimal(text)).contains(new BigDecimal(expected));
            assertThat(TypedFields.decimal("hours", text, "must be hours", errors)).isEqualTo(new BigDecimal(expected));
            assertThat(errors.isEmpty()).isTrue();
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"abc", "1.2.3", "1,5,0", "NaN", "Infinity", "1 5", "three", "1.5h"})
        void refusesWithTheCallersMessageUnderTheField(String text) {
            FieldErrors errors = new FieldErrors();
            assertThat(TypedFields.decimal(text)).isEmpty();
            assertThat(TypedFields.decimal("durationHours", text, "must be a number of hours", errors)).isNull();
            assertThat(errors.list()).containsExactly(new FieldError("durationHours", "must be a number of hours"));
        }
    }

    @Nested
    class Dates {

        @ParameterizedTest(name = "[{0}]")
        @CsvSource(delimiter = '|', textBlock = """
                '2026-12-01'   | 2026-12-01
                ' 2026-12-01 ' | 2026-12-01
                '2028-02-29'   | 2028-02-29
                '1900-01-01'   | 1900-01-01
                """)
        void acceptsIsoDates(String text, LocalDate expected) {
            FieldErrors errors = new FieldErrors();
            assertThat(TypedFields.date(text)).contains(expected);
            assertThat(TypedFields.date("courseStart", text, errors)).isEqualTo(expected);
            assertThat(TypedFields.date("date", text, "must be a date, e.g. 2026-12-01", errors)).isEqualTo(expected);
            assertThat(errors.isEmpty()).isTrue();
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"tomorrow", "2026-13-01", "2026-02-30", "2027-02-29", "01/12/2026", "2026-1-5",
                "20261201", "2026-12-01T10:00", "2026-12"})
        void refusesWithTheUsualMessageOrTheCallers(String text) {
            FieldErrors errors = new FieldErrors();
            assertThat(TypedFields.date(text)).isEmpty();
            assertThat(TypedFields.date("courseStart", text, errors)).isNull();
            assertThat(TypedFields.date("date", text, "must be a date, e.g. 2026-12-01", errors)).isNull();
            assertThat(errors.list()).containsExactly(new FieldError("courseStart", "must be a date (YYYY-MM-DD)"),
                    new FieldError("date", "must be a date, e.g. 2026-12-01"));
        }
    }

    @Nested
    class Times {

        @ParameterizedTest(name = "[{0}]")
        @CsvSource(delimiter = '|', textBlock = """
                '09:30'    | 09:30
                ' 00:00 '  | 00:00
                '23:59'    | 23:59
                '10:15:30' | 10:15:30
                """)
        void acceptsTimesOfDay(String text, LocalTime expected) {
            FieldErrors errors = new FieldErrors();
            assertThat(TypedFields.time(text)).contains(expected);
            assertThat(TypedFields.time("at", text, "must be a time", errors)).isEqualTo(expected);
            assertThat(errors.isEmpty()).isTrue();
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"24:00", "9:30", "12:60", "noon", "0930", "10am", "25:00"})
        void refusesWithTheCallersMessageUnderTheField(String text) {
            FieldErrors errors = new FieldErrors();
            assertThat(TypedFields.time(text)).isEmpty();
            assertThat(TypedFields.time("start", text, "must be a time", errors)).isNull();
            assertThat(errors.list()).containsExactly(new FieldError("start", "must be a time"));
        }
    }

    @Test
    void collectsOneErrorPerFieldAcrossAForm() {
        FieldErrors errors = new FieldErrors();
        TypedFields.whole("painBefore", "x", TypedFields.WHOLE_MESSAGE, errors);
        TypedFields.whole("painAfter", "4", TypedFields.WHOLE_MESSAGE, errors);
        TypedFields.date("from", "soon", errors);
        TypedFields.date("from", "later", errors);
        assertThat(errors.list()).isEqualTo(List.of(new FieldError("painBefore", "must be a whole number"),
                new FieldError("from", "must be a date (YYYY-MM-DD)")));
    }
}

package org.reliefdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedFieldsTests {

    /** The four readers, each in its lenient form and its form that reports under a field. */
    enum Kind {
        WHOLE, DECIMAL, DATE, TIME;

        Optional<?> read(String text) {
            return switch (this) {
                case WHOLE -> TypedFields.whole(text);
                case DECIMAL -> TypedFields.decimal(text);
                case DATE -> TypedFields.date(text);
                case TIME -> TypedFields.time(text);
            };
        }

        Object report(String field, String text, FieldErrors errors) {
            return switch (this) {
                case WHOLE -> TypedFields.whole(field, text, "bad " + field, errors);
                case DECIMAL -> TypedFields.decimal(field, text, "bad " + field, errors);
                case DATE -> TypedFields.date(field, text, "bad " + field, errors);
                case TIME -> TypedFields.time(field, text, "bad " + field, errors);
            };
        }

        Object value(String expected) {
            return switch (this) {
                case WHOLE -> Integer.valueOf(expected);
                case DECIMAL -> new BigDecimal(expected);
                case DATE -> LocalDate.parse(expected);
                case TIME -> LocalTime.parse(expected);
            };
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {"", " ", "\t", " \n "})
    void blankIsNotGivenForEveryKindAndNeverAnError(String text) {
        FieldErrors errors = new FieldErrors();
        assertThat(TypedFields.isBlank(text)).isTrue();
        for (Kind kind : Kind.values()) {
            assertThat(kind.read(text)).as(kind.name()).isEmpty();
            assertThat(kind.report("field", text, errors)).as(kind.name()).isNull();
        }
        assertThat(TypedFields.date("on", text, errors)).isNull();
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void textWithSomethingInItIsNotBlank() {
        assertThat(TypedFields.isBlank(" x ")).isFalse();
        assertThat(TypedFields.isBlank("0")).isFalse();
    }

    @ParameterizedTest(name = "{0} [{1}] reads as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            WHOLE   | '0'            | 0
            WHOLE   | '7'            | 7
            WHOLE   | ' 10 '         | 10
            WHOLE   | '-3'           | -3
            WHOLE   | '+4'           | 4
            WHOLE   | '007'          | 7
            WHOLE   | '2147483647'   | 2147483647
            WHOLE   | '-2147483648'  | -2147483648
            DECIMAL | '3'            | 3
            DECIMAL | '1.5'          | 1.5
            DECIMAL | '1,5'          | 1.5
            DECIMAL | ' 0.25 '       | 0.25
            DECIMAL | '-2'           | -2
            DECIMAL | '.5'           | 0.5
            DECIMAL | '1e2'          | 1E+2
            DATE    | '2026-12-01'   | 2026-12-01
            DATE    | ' 2026-12-01 ' | 2026-12-01
            DATE    | '2028-02-29'   | 2028-02-29
            DATE    | '1900-01-01'   | 1900-01-01
            TIME    | '09:30'        | 09:30
            TIME    | ' 00:00 '      | 00:00
            TIME    | '23:59'        | 23:59
            TIME    | '10:15:30'     | 10:15:30
            """)
    void accepts(Kind kind, String text, String expected) {
        FieldErrors errors = new FieldErrors();
        assertThat(kind.read(text).orElse(null)).isEqualTo(kind.value(expected));
        assertThat(kind.report("field", text, errors)).isEqualTo(kind.value(expected));
        assertThat(errors.isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            WHOLE   | abc
            WHOLE   | 1.5
            WHOLE   | 1,5
            WHOLE   | 3 4
            WHOLE   | 1e3
            WHOLE   | 2147483648
            WHOLE   | -2147483649
            WHOLE   | --1
            WHOLE   | +
            WHOLE   | 12x
            WHOLE   | 0x10
            DECIMAL | abc
            DECIMAL | 1.2.3
            DECIMAL | '1,5,0'
            DECIMAL | NaN
            DECIMAL | Infinity
            DECIMAL | 1 5
            DECIMAL | 1.5h
            DATE    | tomorrow
            DATE    | 2026-13-01
            DATE    | 2026-02-30
            DATE    | 2027-02-29
            DATE    | 01/12/2026
            DATE    | 2026-1-5
            DATE    | 20261201
            DATE    | 2026-12-01T10:00
            DATE    | 2026-12
            TIME    | 24:00
            TIME    | 9:30
            TIME    | 12:60
            TIME    | 25:00
            TIME    | noon
            TIME    | 0930
            TIME    | 10am
            """)
    void refusesWithTheCallersMessageUnderTheField(Kind kind, String text) {
        FieldErrors errors = new FieldErrors();
        assertThat(kind.read(text)).isEmpty();
        assertThat(kind.report("field", text, errors)).isNull();
        assertThat(errors.list()).containsExactly(new FieldError("field", "bad field"));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"tomorrow", "2026-02-30", "01/12/2026"})
    void aDateWithoutItsOwnMessageGetsTheUsualOne(String text) {
        FieldErrors errors = new FieldErrors();
        assertThat(TypedFields.date("courseStart", text, errors)).isNull();
        assertThat(errors.list()).containsExactly(new FieldError("courseStart", "must be a date (YYYY-MM-DD)"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void neverThrowsWhateverIsTypedAndGivesAValueOrAnError(Kind kind) {
        for (String text : List.of("\u0000", "9".repeat(400), "-", "💆", "1 000", "\u00a012\u00a0")) {
            FieldErrors errors = new FieldErrors();
            Object value = kind.report("field", text, errors);
            assertThat(value == null).as("%s [%s]", kind, text).isEqualTo(errors.has("field"));
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

package org.reliefdesk.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.reliefdesk.shared.Amounts;
import org.reliefdesk.shared.FieldErrors;
import tools.jackson.databind.json.JsonMapper;

class MoneyTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource({"95, 95.00", "95.5, 95.50", "95.00, 95.00", "0, 0.00", "0.01, 0.01", "999999999.99, 999999999.99"})
    void parsesAmountsWithUpToTwoDecimals(String text, String expected) {
        assertThat(Money.parse(text)).get().extracting(Money::text).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.234", "-5.00", "", " ", "1e3", "+5", "1,50", "1000000000.00", ".5", "5."})
    void refusesWhatIsNotAnAmount(String text) {
        assertThat(Money.parse(text)).isEmpty();
    }

    @Test
    void arithmeticIsExact() {
        Money a = Money.parse("0.10").orElseThrow();
        Money b = Money.parse("0.20").orElseThrow();
        assertThat(a.plus(b)).isEqualTo(Money.parse("0.30").orElseThrow());
        assertThat(Money.sum(List.of(a, a, a, a, a, a, a, a, a, a)).text()).isEqualTo("1.00");
        assertThat(Money.parse("33.33").orElseThrow().times(3).text()).isEqualTo("99.99");
        assertThat(b.minusAtMostZero(a).text()).isEqualTo("0.10");
        assertThat(a.minusAtMostZero(b)).isEqualTo(Money.ZERO);
        assertThat(Money.parse("95").orElseThrow()).isEqualTo(Money.parse("95.00").orElseThrow())
                .hasSameHashCodeAs(Money.parse("95.00").orElseThrow());
    }

    @Test
    void roundsOnlyInOfHalfUp() {
        assertThat(Money.of(new BigDecimal("10.005")).text()).isEqualTo("10.01");
        assertThat(Money.of(new BigDecimal("10.004")).text()).isEqualTo("10.00");
        assertThatThrownBy(() -> new Money(new BigDecimal("10.005"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new Money(new BigDecimal("-1.00"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesJsonAsAStringWithTwoDecimals() {
        assertThat(JSON.writeValueAsString(Money.parse("95.5").orElseThrow())).isEqualTo("\"95.50\"");
    }

    @Test
    void formatsForPeopleInTheirLocale() {
        Money amount = Money.parse("1234.5").orElseThrow();
        assertThat(amount.format(Locale.US, "USD")).isEqualTo("$1,234.50");
        assertThat(amount.format(Locale.forLanguageTag("es"), "USD"))
                .isEqualTo(Amounts.format(amount.value(), "USD", Locale.forLanguageTag("es")));
        assertThat(amount.format(Locale.forLanguageTag("es-ES"), "EUR")).contains(",50").contains("€").doesNotContain(".50");
    }

    @ParameterizedTest
    @CsvSource({"'\"95\"', 95.00", "'\"95.5\"', 95.50", "'\"95.00\"', 95.00"})
    void amountFieldReadsStrings(String json, String expected) {
        FieldErrors errors = new FieldErrors();
        assertThat(read(json, errors).text()).isEqualTo(expected);
        assertThat(errors.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "\"1.234\"", "\"-5.00\"", "95", "95.5", "true", "null", "{}", "[\"1.00\"]"})
    void amountFieldRefusesAnythingElseNamingTheField(String json) {
        FieldErrors errors = new FieldErrors();
        assertThat(read(json, errors)).isNull();
        assertThat(errors.list()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("amount"));
    }

    @Test
    void negativeAmountSaysSo() {
        FieldErrors errors = new FieldErrors();
        read("\"-5.00\"", errors);
        assertThat(errors.list().get(0).message()).contains("negative");
    }

    private static Money read(String json, FieldErrors errors) {
        record Body(AmountField amount) {
        }
        Body body = JSON.readValue("{\"amount\": " + json + "}", Body.class);
        AmountField field = body.amount() == null ? AmountField.of((tools.jackson.databind.JsonNode) null) : body.amount();
        return field.read("amount", errors);
    }
}

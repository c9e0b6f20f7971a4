package org.reliefdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** The amount rule every module shares: only text with at most two decimals and no sign is an amount. */
class AmountsTests {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void readsTextWithAtMostTwoDecimalsAsScaleTwo() {
        assertThat(Amounts.parse("95")).contains(new BigDecimal("95.00"));
        assertThat(Amounts.parse(" 95.5 ")).contains(new BigDecimal("95.50"));
        assertThat(Amounts.parse("0.00")).contains(new BigDecimal("0.00"));
        assertThat(Amounts.parse("999999999.99")).contains(new BigDecimal("999999999.99"));
        for (String bad : new String[] {"", "abc", "1.234", "-5.00", "+5", "1e3", "1,00", "1234567890.00", ".5", null}) {
            assertThat(Amounts.parse(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }

    @Test
    void aNumberOrANegativeIsAnErrorNamingTheField() {
        FieldErrors errors = new FieldErrors();
        assertThat(Amounts.read(NODES.numberNode(95), "price", errors)).isNull();
        assertThat(Amounts.read(NODES.stringNode("-5.00"), "fee", errors)).isNull();
        assertThat(Amounts.read(null, "total", errors)).isNull();
        assertThat(Amounts.optional(null, "absent", errors)).isNull();
        assertThat(Amounts.optional(NODES.nullNode(), "absent", errors)).isNull();
        assertThat(errors.list()).extracting(FieldError::field).containsExactly("price", "fee", "total");
        assertThat(errors.list().get(1).message()).isEqualTo("must not be negative");
    }

    @Test
    void writesScaleTwoAsPlainText() {
        assertThat(Amounts.text(new BigDecimal("95.5").setScale(2))).isEqualTo("95.50");
        record Priced(@tools.jackson.databind.annotation.JsonSerialize(using = Amounts.AsText.class) BigDecimal price) {
        }
        assertThat(JsonMapper.builder().build().writeValueAsString(new Priced(new BigDecimal("1000000.00"))))
                .isEqualTo("{\"price\":\"1000000.00\"}");
    }

    @Test
    void anAmountForPeopleFollowsTheReadersLocaleWithTwoDecimals() {
        BigDecimal amount = new BigDecimal("1234.5");
        assertThat(Amounts.format(amount, "USD", Locale.ENGLISH)).isEqualTo("$1,234.50");
        assertThat(Amounts.format(amount, "USD", Locale.US)).isEqualTo("$1,234.50");
        assertThat(Amounts.format(amount, "USD", Locale.forLanguageTag("es"))).isEqualTo("1.234,50\u00a0US$");
        assertThat(Amounts.format(amount, "USD", Locale.forLanguageTag("es-US"))).isEqualTo("$1,234.50");
        assertThat(Amounts.format(new BigDecimal("60"), "EUR", Locale.ENGLISH)).isEqualTo("€60.00");
        assertThat(Amounts.format(new BigDecimal("40.00"), null, Locale.ENGLISH)).as("USD unless given").isEqualTo("$40.00");
    }
}

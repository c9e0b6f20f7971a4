package org.reliefdesk.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import org.reliefdesk.shared.Amounts;

/**
 * An exact amount in the practice's currency, always with two decimals ({@code "95.00"} in JSON). It is never
 * negative and never floating point; arithmetic stays exact, and the only rounding anywhere is
 * {@link #of(BigDecimal)}: half-up to cents, stated once here.
 */
@Schema(type = "string", pattern = "^[0-9]+\\.[0-9]{2}$", example = "95.00")
public record Money(BigDecimal value) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        value = value.setScale(2, RoundingMode.UNNECESSARY);
        if (value.signum() < 0) {
            throw new IllegalArgumentException("An amount is never negative: " + value);
        }
    }

    /** Rounds half-up to cents: the one place ReliefDesk rounds money. */
    public static Money of(BigDecimal value) {
        return new Money(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** {@code "95"}, {@code "95.5"} and {@code "95.00"}; empty when the text is not an amount (shared.Amounts' rule). */
    public static java.util.Optional<Money> parse(String text) {
        return Amounts.parse(text).map(Money::new);
    }

    public static Money sum(Collection<Money> amounts) {
        return amounts.stream().reduce(ZERO, Money::plus);
    }

    public Money plus(Money other) {
        return new Money(value.add(other.value));
    }

    /** This less {@code other}, never below zero. */
    public Money minusAtMostZero(Money other) {
        return new Money(value.subtract(other.value).max(BigDecimal.ZERO));
    }

    public Money times(int quantity) {
        return new Money(value.multiply(BigDecimal.valueOf(quantity)));
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isMoreThan(Money other) {
        return value.compareTo(other.value) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return value.compareTo(other.value);
    }

    /** The API's form: {@code "95.00"}. */
    @JsonValue
    public String text() {
        return value.toPlainString();
    }

    /** For people: {@code $95.00} in en-US, {@code 95,00 US$} in es ({@link Amounts#format}, shared with every module). */
    public String format(Locale locale, String currencyCode) {
        return Amounts.format(value, currencyCode, locale);
    }

    @Override
    public String toString() {
        return text();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && value.compareTo(money.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }
}

package org.reliefdesk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * The API's rule for an amount of money, for every module: only a JSON string with at most two decimals and no
 * sign ({@code "95"}, {@code "95.5"}, {@code "95.00"}) is an amount; a number, {@code "abc"}, {@code "1.234"} or
 * {@code "-5.00"} is a 422 naming the field. Amounts are {@link BigDecimal}s with scale 2 (a {@code numeric(12, 2)}
 * column) written as {@code "95.00"}. {@code billing.Money} wraps the same rule; modules below billing (a service's
 * price, a location's fees) use this class so they need not depend on billing.
 */
public final class Amounts {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    /** At most 9 whole digits and 2 decimals: what {@code numeric(12, 2)} holds; no sign, no exponent. */
    private static final Pattern TEXT = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,2})?");

    private Amounts() {
    }

    /** The amount with scale 2, or empty when the text is not an amount. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || !TEXT.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.strip()).setScale(2, RoundingMode.UNNECESSARY));
    }

    /** The amount in {@code raw}, or null after adding the field's error ("is required" when absent). */
    public static BigDecimal read(JsonNode raw, String field, FieldErrors errors) {
        if (raw == null || raw.isNull() || raw.isMissingNode()) {
            errors.add(field, "is required");
            return null;
        }
        if (!raw.isString()) {
            errors.add(field, "must be an amount written as text with two decimals, such as \"95.00\"");
            return null;
        }
        return text(raw.stringValue(), field, errors);
    }

    /** Like {@link #read} for a field that may be left out: null (and no error) when absent or JSON null. */
    public static BigDecimal optional(JsonNode raw, String field, FieldErrors errors) {
        return raw == null || raw.isNull() || raw.isMissingNode() ? null : read(raw, field, errors);
    }

    /** A form field's text: the amount, or null after adding the field's error. */
    public static BigDecimal text(String text, String field, FieldErrors errors) {
        BigDecimal amount = parse(text).orElse(null);
        if (amount == null) {
            errors.add(field, text != null && text.strip().startsWith("-") ? "must not be negative"
                    : "must be an amount with at most two decimals, such as \"95.00\"");
        }
        return amount;
    }

    /** {@code "95.00"}: the API's form. */
    public static String text(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /**
     * An amount for people, the one rule every module follows: the reader's locale's currency format with two
     * decimals in the practice's currency (USD when not given): {@code $95.00} in {@code en} and {@code en-US},
     * {@code 95,00 US$} in {@code es}. {@code billing.Money.format} and the policy's fees both say it this way.
     */
    public static String format(BigDecimal amount, String currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency == null || currency.isBlank() ? "USD" : currency.strip()));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** Writes a {@link BigDecimal} amount as {@code "95.00"} ({@code @JsonSerialize(using = Amounts.AsText.class)}). */
    public static final class AsText extends ValueSerializer<BigDecimal> {

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(text(value));
        }
    }
}

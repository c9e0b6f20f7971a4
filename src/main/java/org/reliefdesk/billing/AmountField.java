package org.reliefdesk.billing;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.swagger.v3.oas.annotations.media.Schema;
import org.reliefdesk.shared.Amounts;
import org.reliefdesk.shared.FieldErrors;
import tools.jackson.databind.JsonNode;

/**
 * An amount as the client sent it, read without guessing: only a JSON string such as {@code "95.00"} is an
 * amount; a number ({@code 95}), {@code "abc"}, {@code "1.234"} or {@code "-5.00"} is a 422 naming the field
 * (API.md "Money"), never a 400 and never rounded.
 */
@Schema(type = "string", pattern = "^[0-9]+(\\.[0-9]{1,2})?$", example = "95.00")
public record AmountField(JsonNode raw) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AmountField of(JsonNode raw) {
        return new AmountField(raw);
    }

    public static AmountField of(String text) {
        return new AmountField(tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(text));
    }

    /** The amount, or null after adding the field's error to {@code errors} (shared.Amounts' rule). */
    public Money read(String field, FieldErrors errors) {
        BigDecimal amount = Amounts.read(raw, field, errors);
        return amount == null ? null : new Money(amount);
    }

    /** Like {@link #read} for a field that may be left out: null (and no error) when absent. */
    public static Money optional(AmountField field, String name, FieldErrors errors) {
        return field == null || field.raw() == null || field.raw().isNull() ? null : field.read(name, errors);
    }
}

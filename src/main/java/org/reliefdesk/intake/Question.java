package org.reliefdesk.intake;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One question of the intake form. {@code askedWhen}: when it does not hold, the question is not
 * asked (not required, and a "yes"/value is an error). {@code requiredWhen}: when it holds, an
 * optional question becomes required (a set then needs a value other than its none value).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Question(String code, QuestionType type, String label, String help, List<Option> options,
        BigDecimal min, BigDecimal minExclusive, BigDecimal max, Integer maxLength, Integer minItems, String noneValue,
        boolean required, Condition askedWhen, String askedWhenText, Condition requiredWhen, String requiredWhenText,
        Boolean mustBe, boolean pastOnly, boolean setByServer) {

    public Question {
        options = options == null ? null : List.copyOf(options);
    }

    /** One allowed value with its plain-language label. */
    public record Option(String value, String label) {
    }

    /** The section code: the part before the dot. */
    public String section() {
        return code.substring(0, code.indexOf('.'));
    }

    /** A typed answer in words for people: Yes/No, option labels, numbers as written; "—" when absent. */
    public String describe(Object value) {
        return describe(value, "Yes", "No", "None");
    }

    /** {@link #describe(Object)} with the reader's words for yes, no and an empty set. */
    public String describe(Object value, String yes, String no, String none) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean b) {
            return b ? yes : no;
        }
        if (value instanceof java.util.Collection<?> items) {
            return items.isEmpty() ? none : String.join(", ", items.stream().map(i -> optionLabel(i.toString())).toList());
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return options == null ? value.toString() : optionLabel(value.toString());
    }

    private String optionLabel(String value) {
        return options == null ? value : options.stream().filter(o -> o.value().equals(value)).map(Option::label)
                .findFirst().orElse(value);
    }

    public boolean allows(String value) {
        return options != null && options.stream().anyMatch(o -> o.value().equals(value));
    }
}

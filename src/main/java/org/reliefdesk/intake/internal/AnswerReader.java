package org.reliefdesk.intake.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.reliefdesk.intake.Question;
import org.reliefdesk.shared.PlainText;
import tools.jackson.databind.JsonNode;

/** Turns one JSON answer into its typed value (Boolean, Integer, BigDecimal, String, LocalDate, List) or an error. */
final class AnswerReader {

    private AnswerReader() {
    }

    /** The typed value, or the error; a blank text reads as absent (null value, no error). */
    record Read(Object value, String error) {
        static Read ok(Object value) {
            return new Read(value, null);
        }

        static Read fail(String error) {
            return new Read(null, error);
        }
    }

    static Read read(Question q, JsonNode raw) {
        return switch (q.type()) {
            case BOOLEAN -> raw.isBoolean() ? Read.ok(raw.booleanValue()) : Read.fail("must be true or false");
            case INTEGER -> integer(q, raw);
            case NUMBER -> raw.isNumber() ? range(q, raw.decimalValue(), raw.decimalValue())
                    : Read.fail("must be a number");
            case CHOICE -> raw.isString() && q.allows(raw.stringValue()) ? Read.ok(raw.stringValue())
                    : Read.fail("must be one of " + String.join(", ", values(q)));
            case SET -> set(q, raw);
            case TEXT -> text(q, raw);
            case DATE -> date(raw);
            case TIMESTAMP -> Read.ok(null);
        };
    }

    private static Read integer(Question q, JsonNode raw) {
        if (!raw.isNumber() || !isWhole(raw.decimalValue())) {
            return Read.fail("must be a whole number");
        }
        BigDecimal value = raw.decimalValue();
        Read checked = range(q, value, null);
        if (checked.error() != null) {
            return checked;
        }
        return value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 ? Read.fail("is too large")
                : Read.ok(value.intValueExact());
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static Read range(Question q, BigDecimal value, Object decimal) {
        boolean low = q.min() != null && value.compareTo(q.min()) < 0
                || q.minExclusive() != null && value.compareTo(q.minExclusive()) <= 0;
        boolean high = q.max() != null && value.compareTo(q.max()) > 0;
        if (low || high) {
            return Read.fail(rangeText(q));
        }
        return Read.ok(decimal != null ? decimal : value);
    }

    private static String rangeText(Question q) {
        String from = q.min() != null ? "from " + q.min().toPlainString()
                : q.minExclusive() != null ? "greater than " + q.minExclusive().toPlainString() : null;
        String to = q.max() == null ? null : "at most " + q.max().toPlainString();
        if (q.min() != null && q.max() != null) {
            return "must be between " + q.min().toPlainString() + " and " + q.max().toPlainString();
        }
        return "must be " + (from == null ? to : to == null ? from : from + " and " + to);
    }

    private static Read set(Question q, JsonNode raw) {
        if (!raw.isArray()) {
            return Read.fail("must be a list of: " + String.join(", ", values(q)));
        }
        List<String> allowed = values(q);
        Set<Integer> positions = new TreeSet<>();
        for (JsonNode item : raw.values()) {
            if (!item.isString() || !q.allows(item.stringValue())) {
                return Read.fail("may only contain " + String.join(", ", allowed) + " (found " + item + ")");
            }
            positions.add(allowed.indexOf(item.stringValue()));
        }
        return Read.ok(positions.stream().map(allowed::get).toList());
    }

    private static Read text(Question q, JsonNode raw) {
        if (!raw.isString()) {
            return Read.fail("must be text");
        }
        String text = raw.stringValue().strip();
        if (q.maxLength() != null && text.length() > q.maxLength()) {
            return Read.fail("must be at most " + q.maxLength() + " characters");
        }
        if (!PlainText.isFreeText(text)) {
            return Read.fail(PlainText.FREE_TEXT_MESSAGE);
        }
        return Read.ok(text.isEmpty() ? null : text);
    }

    private static Read date(JsonNode raw) {
        try {
            return raw.isString() ? Read.ok(LocalDate.parse(raw.stringValue().strip()))
                    : Read.fail("must be a date (YYYY-MM-DD)");
        } catch (DateTimeParseException e) {
            return Read.fail("must be a date (YYYY-MM-DD)");
        }
    }

    private static List<String> values(Question q) {
        return q.options().stream().map(Question.Option::value).toList();
    }
}

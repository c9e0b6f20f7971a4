package org.reliefdesk.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A submitted intake's answers, read by dotted code ({@code headache.daysPerMonth}) as in
 * INTAKE.md. Values are already validated; absent optional answers read as empty / null.
 */
public record IntakeAnswers(Map<String, Object> values) {

    public IntakeAnswers {
        values = Map.copyOf(values);
    }

    public boolean has(String code) {
        return values.get(code) != null;
    }

    public Optional<Object> get(String code) {
        return Optional.ofNullable(values.get(code));
    }

    /** A boolean answer; absent reads as false. */
    public boolean bool(String code) {
        return Boolean.TRUE.equals(values.get(code));
    }

    /** A whole-number answer, or null when absent. */
    public Integer integer(String code) {
        Object value = values.get(code);
        return value instanceof Number n ? n.intValue() : null;
    }

    /** A decimal answer, or null when absent. */
    public BigDecimal decimal(String code) {
        Object value = values.get(code);
        return value instanceof Number n ? new BigDecimal(n.toString()) : null;
    }

    public String text(String code) {
        Object value = values.get(code);
        return value == null ? null : value.toString();
    }

    public LocalDate date(String code) {
        Object value = values.get(code);
        return value instanceof LocalDate d ? d : value == null ? null : LocalDate.parse(value.toString());
    }

    /** A set answer in the form's order; absent reads as empty. */
    public Set<String> set(String code) {
        Object value = values.get(code);
        Set<String> result = new LinkedHashSet<>();
        if (value instanceof Collection<?> items) {
            items.forEach(item -> result.add(item.toString()));
        }
        return result;
    }
}

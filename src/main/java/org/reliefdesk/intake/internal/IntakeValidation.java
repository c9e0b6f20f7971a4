package org.reliefdesk.intake.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reliefdesk.intake.IntakeAnswers;
import org.reliefdesk.intake.IntakeCheck;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Question;
import org.reliefdesk.intake.QuestionType;
import org.reliefdesk.shared.FieldError;
import tools.jackson.databind.JsonNode;

/**
 * Checks answers against the form: first each answer's type and range, then the rules between
 * answers (asked only when, required when, must be true, none not combined, at least one).
 */
public final class IntakeValidation {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    private final IntakeForm form;

    private IntakeValidation(IntakeForm form) {
        this.form = form;
    }

    /** Checks the whole form, or only {@code onlySection} when not null. */
    public static IntakeCheck check(IntakeForm form, JsonNode intake, LocalDate today, String onlySection) {
        if (intake == null || !intake.isObject()) {
            return new IntakeCheck(Map.of(), List.of(new FieldError("intake",
                    "must be a JSON object with the form's sections (about, headache, …)")));
        }
        IntakeValidation validation = new IntakeValidation(form);
        validation.read(form, intake);
        form.questions().forEach(q -> validation.rules(q, new IntakeAnswers(validation.values), today));
        List<FieldError> found = validation.errors.entrySet().stream()
                .filter(e -> onlySection == null || e.getKey().startsWith(onlySection + ".")
                        || e.getKey().equals(onlySection))
                .map(e -> new FieldError(e.getKey(), e.getValue())).toList();
        Map<String, Object> kept = new LinkedHashMap<>();
        validation.values.forEach((code, value) -> {
            if (onlySection == null || code.startsWith(onlySection + ".")) {
                kept.put(code, value);
            }
        });
        return new IntakeCheck(kept, found);
    }

    private void read(IntakeForm form, JsonNode intake) {
        for (IntakeForm.Section section : form.sections()) {
            JsonNode part = intake.get(section.code());
            if (part != null && !part.isNull() && !part.isObject()) {
                errors.put(section.code(), "must be an object holding the " + section.code() + " answers");
                continue;
            }
            for (Question q : section.questions()) {
                JsonNode raw = part == null ? null : part.get(q.code().substring(section.code().length() + 1));
                if (raw == null || raw.isNull() || q.setByServer()) {
                    continue;
                }
                AnswerReader.Read read = AnswerReader.read(q, raw);
                if (read.error() != null) {
                    errors.put(q.code(), read.error());
                } else if (read.value() != null) {
                    values.put(q.code(), read.value());
                }
            }
        }
    }

    /** {@code answers}: the values still standing (an answer that broke a rule no longer counts). */
    private void rules(Question q, IntakeAnswers answers, LocalDate today) {
        if (errors.containsKey(q.code()) || q.setByServer()) {
            return;
        }
        Object value = values.get(q.code());
        boolean asked = q.askedWhen() == null || q.askedWhen().test(answers);
        boolean known = known(q, answers);
        if (!asked && known && positive(value)) {
            fail(q, "must be left out (" + q.askedWhenText() + ")");
        } else if (value == null && asked && q.required()) {
            fail(q, "is required");
        } else if (q.requiredWhen() != null && q.requiredWhen().test(answers) && !hasRealValue(q, value)) {
            fail(q, "is required: " + q.requiredWhenText());
        } else if (value != null) {
            valueRules(q, value, today);
        }
    }

    /**
     * Whether every answer {@code q}'s condition reads is settled: given, or left out because its own question
     * is not asked (a male client's "pregnant?", so a trimester sent anyway is refused). An answer missing or
     * refused leaves it open, and then an answer to {@code q} is not refused: the error is on the one it
     * depends on.
     */
    private boolean known(Question q, IntakeAnswers answers) {
        if (q.askedWhen() == null) {
            return true;
        }
        for (String code : q.askedWhen().codes()) {
            if (values.containsKey(code)) {
                continue;
            }
            Question source = form.question(code).orElse(null);
            boolean notAsked = source != null && source.askedWhen() != null && !errors.containsKey(code)
                    && known(source, answers) && !source.askedWhen().test(answers);
            if (!notAsked) {
                return false;
            }
        }
        return true;
    }

    private void valueRules(Question q, Object value, LocalDate today) {
        if (q.mustBe() != null && !q.mustBe().equals(value)) {
            fail(q, "must be " + q.mustBe());
        } else if (value instanceof Collection<?> items && q.noneValue() != null && items.contains(q.noneValue())
                && items.size() > 1) {
            fail(q, q.noneValue() + " cannot be combined with other values");
        } else if (value instanceof Collection<?> items && q.minItems() != null && items.size() < q.minItems()) {
            fail(q, "must have at least " + q.minItems() + " value(s)");
        } else if (q.pastOnly() && value instanceof LocalDate date
                && (date.isAfter(today) || date.isBefore(today.minusYears(130)))) {
            fail(q, "must be a real date in the past");
        }
    }

    private static boolean positive(Object value) {
        return value != null && !Boolean.FALSE.equals(value) && !(value instanceof Collection<?> c && c.isEmpty());
    }

    private static boolean hasRealValue(Question q, Object value) {
        if (q.type() != QuestionType.SET) {
            return value != null;
        }
        return value instanceof Collection<?> items && items.stream().anyMatch(i -> !i.equals(q.noneValue()));
    }

    private void fail(Question q, String message) {
        errors.put(q.code(), message);
        values.remove(q.code());
    }
}

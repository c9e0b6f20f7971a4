package org.reliefdesk.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reliefdesk.intake.IntakeForm.Section;
import org.reliefdesk.shared.FieldError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A draft intake as the pages see it: the answers exactly as typed (nested JSON, INTAKE.md), read by
 * dotted code, checked one section at a time, and the first section still unfinished (where the
 * client resumes).
 */
public record IntakeDraft(IntakeForm form, JsonNode answers) {

    public IntakeDraft {
        answers = answers == null || !answers.isObject() ? JsonNodeFactory.instance.objectNode() : answers;
    }

    /** The problem of a yes/no list with "None of these" ticked together with an item. */
    public static final String NONE_WITH_TICKS = "None of these cannot be ticked together with an item";

    public boolean isEmpty() {
        return answers.isEmpty();
    }

    /** The answer as typed, as the text an input shows ({@code ""} when absent). */
    public String typed(String code) {
        JsonNode value = node(code);
        if (value == null || value.isNull() || value.isContainer()) {
            return "";
        }
        return value.isNumber() ? value.decimalValue().toPlainString() : value.asString();
    }

    /** The values of a set answer as typed (empty when absent). */
    public List<String> typedSet(String code) {
        JsonNode value = node(code);
        List<String> values = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.values().forEach(v -> values.add(v.asString()));
        }
        return values;
    }

    /** The section's problems, dotted code to message (worded as the API words them). */
    public Map<String, String> problems(String section, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (FieldError error : form.checkSection(section, answers, today).errors()) {
            problems.merge(error.field(), error.message(), (a, b) -> a + "; " + b);
        }
        return problems;
    }

    /**
     * {@link #problems(String, LocalDate)} plus what only the posted page shows: a yes/no list with "None of these"
     * ticked together with an item ({@link #NONE_WITH_TICKS}, keyed by the list's code).
     */
    public Map<String, String> problems(String section, LocalDate today, Map<String, String[]> posted) {
        Map<String, String> problems = problems(section, today);
        form.section(section).ifPresent(page -> page.groups().stream()
                .filter(g -> PostedGroup.noneWithTicks(g, posted))
                .forEach(g -> problems.put(g.code(), NONE_WITH_TICKS)));
        return problems;
    }

    /** Whether the draft answers every item of the list "no" (the list reopens with "None of these" ticked). */
    public boolean noneOf(IntakeForm.Group group) {
        return group.codes().stream().allMatch(code -> node(code) != null && node(code).isBoolean()
                && !node(code).booleanValue());
    }

    /**
     * Whether the question applies, given the answers so far: a question with a condition is left out
     * only while its condition is false (an unanswered "pregnant?" leaves the trimester out).
     */
    public boolean asked(Question question, LocalDate today) {
        return question.askedWhen() == null || question.askedWhen().test(form.check(answers, today).answers());
    }

    /** The first section that still has a problem (unanswered or invalid), or empty when all are complete. */
    public Optional<Section> firstUnfinished(LocalDate today) {
        IntakeCheck whole = form.check(answers, today);
        return form.sections().stream()
                .filter(s -> whole.errors().stream().anyMatch(e -> inSection(e.field(), s.code())))
                .findFirst();
    }

    /**
     * One section's answers from a posted page ({@code name} = dotted code), typed where they parse
     * (numbers, true/false) and kept as typed where they do not, so nothing is lost and the check can
     * name the problem. Answers to questions that no longer apply are dropped.
     */
    public ObjectNode sectionFromPost(String section, Map<String, String[]> params, LocalDate today) {
        Section page = form.section(section).orElseThrow(() -> new IllegalArgumentException("No section " + section));
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (Question q : page.questions()) {
            Optional<IntakeForm.Group> group = page.groupOf(q.code());
            JsonNode value = group.isPresent() && PostedGroup.onPage(group.get(), params)
                    ? PostedGroup.answer(group.get(), q.code(), params) : PostedAnswer.read(q, params);
            if (value != null) {
                node.set(q.code().substring(section.length() + 1), value);
            }
        }
        ObjectNode merged = (ObjectNode) answers.deepCopy();
        merged.set(section, node);
        IntakeDraft after = new IntakeDraft(form, merged);
        for (Question q : page.questions()) {
            if (q.askedWhen() != null && !after.asked(q, today)) {
                node.remove(q.code().substring(section.length() + 1));
            }
        }
        return node;
    }

    private JsonNode node(String code) {
        int dot = code.indexOf('.');
        return answers.path(code.substring(0, dot)).get(code.substring(dot + 1));
    }

    private static boolean inSection(String field, String section) {
        return field.equals(section) || field.startsWith(section + ".");
    }
}

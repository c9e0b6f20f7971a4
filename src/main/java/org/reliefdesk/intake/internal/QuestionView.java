package org.reliefdesk.intake.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Question;
import org.reliefdesk.intake.QuestionType;

/**
 * One question as its page shows it: the kind of control, whether it applies now, the answer as
 * typed, the problem beside it, and the ids that tie label, hint and problem together for screen readers.
 *
 * @param kind yesno, choice, scale (a short number range as buttons), set, areas (the body map), checklist (a
 *             yes/no list: "tick any that apply"), number, date, text or textarea
 * @param number the published numbering of a questionnaire item (MIDAS 1–5, A, B), else null
 */
record QuestionView(Question question, String kind, String number, boolean asked, String value, List<String> selected,
        String error, List<Question.Option> options) {

    static final String MIDAS = "midas";
    static final String CHECKLIST = "checklist";
    static final String NONE = IntakeForm.Group.NONE;

    static QuestionView of(Question q, boolean asked, String value, List<String> selected, String error,
            String yes, String no) {
        String kind = kind(q);
        List<Question.Option> options = switch (kind) {
            case "yesno" -> List.of(new Question.Option("true", yes), new Question.Option("false", no));
            case "scale" -> scale(q);
            default -> q.options();
        };
        List<String> chosen = q.type() == QuestionType.SET ? selected : value.isEmpty() ? List.of() : List.of(value);
        return new QuestionView(q, kind, number(q), asked, value, chosen, error, options);
    }

    /**
     * A yes/no list as one group of checkboxes: each item named by its question's code (value {@code true}), then
     * "None of these" named by the list's code (value {@code NONE}); {@code selected} holds the ticked items' codes
     * and {@code NONE} when "None of these" is ticked.
     */
    static QuestionView ofGroup(IntakeForm.Group group, List<String> selected, String error) {
        List<Question.Option> options = new ArrayList<>();
        group.items().forEach(i -> options.add(new Question.Option(i.code(), i.label())));
        options.add(new Question.Option(NONE, group.noneLabel()));
        Question list = new Question(group.code(), QuestionType.SET, group.label(), group.help(), options, null, null,
                null, null, null, NONE, true, null, null, null, null, null, false, false);
        return new QuestionView(list, CHECKLIST, null, true, "", selected, error, options);
    }

    /** The name a choice posts under: the question's code, or for a list's item the item's own code. */
    public String inputName(Question.Option o) {
        return isItem(o) ? o.value() : code();
    }

    /** The value a choice posts: its value, or {@code true} for a list's item. */
    public String inputValue(Question.Option o) {
        return isItem(o) ? "true" : o.value();
    }

    public String inputId(Question.Option o) {
        return inputName(o) + "-" + inputValue(o);
    }

    /** Several choices may be ticked (checkboxes rather than radio buttons). */
    public boolean multiple() {
        return kind.equals("set") || kind.equals("areas") || kind.equals(CHECKLIST);
    }

    /** The list's code on each of its checkboxes (the page script keeps "None of these" apart with it). */
    public String groupCode() {
        return kind.equals(CHECKLIST) ? code() : null;
    }

    private boolean isItem(Question.Option o) {
        return kind.equals(CHECKLIST) && !o.value().equals(NONE);
    }

    public String code() {
        return question.code();
    }

    /** The options' labels by value (the body map's region names). */
    public java.util.Map<String, String> optionLabels() {
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        if (options != null) {
            options.forEach(o -> labels.put(o.value(), o.label()));
        }
        return labels;
    }

    /** A group of radio buttons or checkboxes (a fieldset with a legend) rather than one input. */
    public boolean grouped() {
        return options != null;
    }

    /** The id the error summary links to: the input, or the first choice of a group. */
    public String anchor() {
        return grouped() ? inputId(options.get(0)) : code();
    }

    public String describedBy() {
        List<String> ids = new ArrayList<>();
        if (error != null) {
            ids.add(code() + "-error");
        }
        if (question.help() != null) {
            ids.add(code() + "-hint");
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    /** The condition for showing it, as JSON for the page's script (null when it always applies). */
    public String condition() {
        return question.askedWhen() == null ? null : question.askedWhen().spec().toString();
    }

    private static String kind(Question q) {
        return switch (q.type()) {
            case BOOLEAN -> "yesno";
            case CHOICE -> "choice";
            case SET -> q.code().equals("focus.areas") ? "areas" : "set";
            case DATE -> "date";
            case TEXT -> q.maxLength() != null && q.maxLength() > 200 ? "textarea" : "text";
            case INTEGER -> isScale(q) ? "scale" : "number";
            default -> "number";
        };
    }

    private static boolean isScale(Question q) {
        return !q.section().equals(MIDAS) && q.min() != null && q.max() != null
                && q.max().subtract(q.min()).compareTo(BigDecimal.TEN) <= 0;
    }

    private static List<Question.Option> scale(Question q) {
        List<Question.Option> options = new ArrayList<>();
        for (int i = q.min().intValue(); i <= q.max().intValue(); i++) {
            options.add(new Question.Option(String.valueOf(i), String.valueOf(i)));
        }
        return options;
    }

    private static String number(Question q) {
        if (!q.section().equals(MIDAS)) {
            return null;
        }
        String item = q.code().substring(MIDAS.length() + 1);
        return item.startsWith("q") ? item.substring(1) : item.toUpperCase();
    }
}

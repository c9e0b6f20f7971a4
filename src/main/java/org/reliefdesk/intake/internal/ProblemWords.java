package org.reliefdesk.intake.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Question;
import org.reliefdesk.intake.QuestionType;
import org.springframework.context.MessageSource;

/**
 * Turns the check's terse problems ("is required", "must be between 0 and 31") into a plain sentence
 * for the client, by the kind of question; anything unforeseen is shown as the check words it.
 */
final class ProblemWords {

    private static final Pattern BETWEEN = Pattern.compile("must be between (\\S+) and (\\S+)");
    private static final Pattern TOO_LONG = Pattern.compile("must be at most (\\d+) characters");
    private static final Pattern AT_LEAST = Pattern.compile("must have at least (\\d+) value\\(s\\)");
    private static final Pattern LEFT_OUT = Pattern.compile("must be left out \\((.*)\\)");
    private static final Pattern REQUIRED_WHEN = Pattern.compile("is required: (.*)");

    private final MessageSource messages;
    private final Locale locale;

    ProblemWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String say(Question q, String problem) {
        Matcher m;
        if (problem.equals("is required")) {
            return required(q);
        } else if (REQUIRED_WHEN.matcher(problem).matches()) {
            return text("intake.problem.requiredWhen", q.requiredWhenText());
        } else if ((m = BETWEEN.matcher(problem)).matches()) {
            return text("intake.problem.between", m.group(1), m.group(2));
        } else if ((m = TOO_LONG.matcher(problem)).matches()) {
            return text("intake.problem.tooLong", m.group(1));
        } else if ((m = AT_LEAST.matcher(problem)).matches()) {
            return text("intake.problem.atLeast", m.group(1));
        } else if (LEFT_OUT.matcher(problem).matches()) {
            return text("intake.problem.notAsked", q.askedWhenText());
        }
        return other(q, problem);
    }

    private String other(Question q, String problem) {
        if (problem.equals("must be a whole number")) {
            return text("intake.problem.whole");
        } else if (problem.equals("must be a number")) {
            return text("intake.problem.number");
        } else if (problem.startsWith("must be a date")) {
            return text("intake.problem.date");
        } else if (problem.equals("must be a real date in the past")) {
            return text("intake.problem.pastDate");
        } else if (problem.equals("must be true")) {
            return text("intake.problem.mustBeTrue");
        } else if (problem.endsWith("cannot be combined with other values") && q.noneValue() != null) {
            return text("intake.problem.noneCombined", q.describe(q.noneValue()));
        } else if (q.type().isNumeric() && (problem.startsWith("must be ") || problem.equals("is too large"))) {
            return range(q);
        }
        return text("intake.problem.other");
    }

    /** The one problem of a yes/no list: nothing ticked (or an item unanswered), or "None of these" with an item. */
    String group(IntakeForm.Group group, boolean noneWithTicks) {
        return text(noneWithTicks ? "intake.problem.group.noneWithTicks" : "intake.problem.group.required",
                group.noneLabel());
    }

    /** A number outside the question's range, said with its bounds. */
    private String range(Question q) {
        if (q.min() != null && q.max() != null) {
            return text("intake.problem.between", q.min().toPlainString(), q.max().toPlainString());
        } else if (q.minExclusive() != null && q.max() != null) {
            return text("intake.problem.aboveAtMost", q.minExclusive().toPlainString(), q.max().toPlainString());
        } else if (q.min() != null) {
            return text("intake.problem.atLeastNumber", q.min().toPlainString());
        }
        return text("intake.problem.number");
    }

    private String required(Question q) {
        if (q.type() == QuestionType.SET && q.noneValue() != null) {
            return text("intake.problem.required.SET.none", q.describe(q.noneValue()));
        }
        return text("intake.problem.required." + q.type().name());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}

package org.reliefdesk.charting.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The note page's field errors and problems in the reader's language (the API keeps its English rule text). */
@Component
class NoteWords {

    private static final Pattern RANGE = Pattern.compile("must be from (\\d+) to (\\d+)");
    private static final Pattern ROW = Pattern.compile("techniquesUsed\\[(\\d+)]\\.(technique|area|minutes|pressure)");
    private static final Pattern LENGTH = Pattern.compile("must be at most (\\d+) characters");

    private final MessageSource messages;

    NoteWords(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> errors(RuleViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            errors.merge(error.field(), row(error.field()) + field(error.message()), (a, b) -> a + " " + b);
        }
        return errors;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** "Row 2, Minutes: " before an error in the techniques table; nothing for other fields. */
    private String row(String field) {
        Matcher row = ROW.matcher(field);
        return row.matches() ? get("note.error.row", String.valueOf(Integer.parseInt(row.group(1)) + 1),
                get("note." + row.group(2))) + " " : "";
    }

    private String field(String message) {
        Matcher range = RANGE.matcher(message);
        if (range.matches()) {
            return get("note.error.range", range.group(1), range.group(2));
        }
        Matcher length = LENGTH.matcher(message);
        if (length.matches()) {
            return get("note.error.tooLong", length.group(1));
        }
        if (message.startsWith("is required (except")) {
            return get("note.error.areaRequired");
        }
        if (message.startsWith("must be a whole number")) {
            return get("note.error.whole");
        }
        if (message.equals("is required")) {
            return get("note.error.required");
        }
        return message.startsWith("must be one of") ? get("note.error.choose") : message;
    }
}

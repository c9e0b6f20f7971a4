package org.reliefdesk.interop.record;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit log's codes as a client reads them: known actions, records and roles through message keys
 * ({@code record.action.READ_INTAKE}); an unknown code readably ({@code EXPORT_RECORD} → "Export record").
 */
@Component
class RecordLabels {

    private final MessageSource messages;

    RecordLabels(MessageSource messages) {
        this.messages = messages;
    }

    String action(String code, Locale locale) {
        return label("record.action.", code, locale);
    }

    String resource(String code, Locale locale) {
        return label("record.resource.", code, locale);
    }

    String role(String code, Locale locale) {
        return label("record.role.", code, locale);
    }

    private String label(String prefix, String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return messages.getMessage(prefix + code, null, readable(code), locale);
    }

    /** {@code SOME_CODE} → "Some code"; anything else as it is. */
    static String readable(String code) {
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            return code;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

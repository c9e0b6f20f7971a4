package org.reliefdesk.screening;

import java.util.Locale;

import org.reliefdesk.screening.internal.RuleTexts;
import org.springframework.stereotype.Component;

/**
 * A screening's words in the reader's language, for other modules' pages: the flags' and restrictions' reasons are
 * stored in English (the rule table's texts) and said in {@code locale}'s language when a translation exists
 * ({@code i18n/screening-rules_<lang>}), else as stored.
 */
@Component
public class ScreeningWords {

    private final RuleTexts texts;

    public ScreeningWords(RuleTexts texts) {
        this.texts = texts;
    }

    /** The screening with its reasons in {@code locale}'s language. */
    public Screening in(Screening screening, Locale locale) {
        return screening == null ? null : texts.in(screening, locale);
    }

    /** A restriction's reason (one, or several joined by "; ") in {@code locale}'s language. */
    public String restrictionReason(String reason, Locale locale) {
        if (locale == null || "en".equals(locale.getLanguage())) {
            return reason;
        }
        return texts.restriction(reason, locale);
    }
}

package org.reliefdesk.screening;

import java.util.Locale;

import org.reliefdesk.screening.internal.RuleTexts;
import org.springframework.stereotype.Component;

/**
 * A screening's words in a reader's language: the flags' reasons, the restrictions' reasons and the headache
 * pattern's criteria (stored in English, as the rule table writes them) in {@code locale}'s language; English, or a
 * language without the texts, gives them as stored.
 */
@Component
public class ScreeningLanguage {

    private final RuleTexts texts;

    ScreeningLanguage(RuleTexts texts) {
        this.texts = texts;
    }

    /** The same screening (codes, levels, areas and order unchanged) with its texts in {@code locale}'s language. */
    public Screening in(Screening screening, Locale locale) {
        return texts.in(screening, locale);
    }
}

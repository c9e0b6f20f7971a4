package org.reliefdesk.planning.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.reliefdesk.planning.internal.RuleText.Reason;
import org.reliefdesk.screening.ScreeningWords;
import org.reliefdesk.shared.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Says a {@link RuleText} in a language: its key from the message bundles, its arguments said first (labels,
 * nested rules, the screening's reasons through {@link ScreeningWords}). English comes from the planning bundle
 * itself, so the API's English words and the code's stay one text.
 */
@Component
class RuleWords {

    private static final ResourceBundleMessageSource ENGLISH = english();

    private final MessageSource messages;
    private final ScreeningWords screening;

    RuleWords(MessageSource messages, ScreeningWords screening) {
        this.messages = messages;
        this.screening = screening;
    }

    String say(RuleText text, Locale locale) {
        return say(text, locale, messages, reason -> screening.restrictionReason(reason, locale));
    }

    /** In the language of the request being served (the reader's). */
    String say(RuleText text) {
        return say(text, LocaleContextHolder.getLocale());
    }

    /** Broken rules as field errors in the reader's language (a 422's errors, the editor's messages). */
    List<FieldError> errors(List<PlanRules.Broken> broken) {
        return broken.stream().map(b -> new FieldError(b.field(), say(b.text()))).toList();
    }

    /** A reason as shown: {@code lang} is "en" for one stored as English text only (before V103), else null. */
    record Shown(String text, String lang) {
    }

    /** Why the plan needs review, in the reader's language where the reasons were stored as codes. */
    List<Shown> reasons(SessionPlan plan) {
        if (plan.reviewCodes().isEmpty()) {
            return plan.reviewReasons().stream().map(r -> new Shown(r, "en")).toList();
        }
        return plan.reviewCodes().stream().map(c -> new Shown(say(c), null)).toList();
    }

    static String english(RuleText text) {
        return say(text, Locale.ENGLISH, ENGLISH, UnaryOperator.identity());
    }

    private static String say(Object arg, Locale locale, MessageSource source, UnaryOperator<String> reasons) {
        if (arg instanceof Reason reason) {
            return reasons.apply(reason.reason());
        }
        if (!(arg instanceof RuleText text)) {
            return String.valueOf(arg);
        }
        List<String> parts = text.args().stream().map(a -> say(a, locale, source, reasons)).toList();
        return switch (text.code()) {
            case RuleText.LOWER -> parts.get(0).toLowerCase(locale);
            case RuleText.LIST -> joined(parts, locale, source);
            default -> source.getMessage(text.code(), parts.isEmpty() ? null : parts.toArray(), locale);
        };
    }

    /**
     * The items after the joiner key, joined by its text (", " or " or "): a separator, not a sentence with
     * placeholders, so that {@code ProblemText} never takes it for a template of any message holding " or ".
     */
    private static String joined(List<String> parts, Locale locale, MessageSource source) {
        if (parts.size() < 2) {
            return "";
        }
        return String.join(source.getMessage(parts.get(0), null, locale), parts.subList(1, parts.size()));
    }

    private static ResourceBundleMessageSource english() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/planning");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}

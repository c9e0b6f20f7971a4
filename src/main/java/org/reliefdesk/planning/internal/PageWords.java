package org.reliefdesk.planning.internal;

import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.ProblemText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Notices for the planning pages in the reader's language (the request's locale). */
@Component
class PageWords {

    private final MessageSource messages;

    PageWords(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** Why no plan can be made, by the refusal's reason (NoPlan); otherwise the rule's own words, translated. */
    String refusal(RuleViolationException e) {
        Object reason = e.properties().get("reason");
        return reason == null ? ProblemText.translate(e.getMessage(), LocaleContextHolder.getLocale())
                : messages.getMessage("planning.noPlan." + reason, null, e.getMessage(), LocaleContextHolder.getLocale());
    }
}

package org.reliefdesk.notifications.internal;

import org.reliefdesk.notifications.Letter;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The HTML of a letter in the shared email layout ({@code templates/notifications/letter.html}). */
@Component
public class LetterLayout {

    private final ITemplateEngine templates;

    LetterLayout(ITemplateEngine templates) {
        this.templates = templates;
    }

    public String html(Letter letter) {
        Context context = new Context(letter.locale());
        context.setVariable("letter", letter);
        context.setVariable("lang", letter.locale().getLanguage());
        return templates.process("notifications/letter", context);
    }
}

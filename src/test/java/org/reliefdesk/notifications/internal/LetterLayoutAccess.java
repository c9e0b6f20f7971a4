package org.reliefdesk.notifications.internal;

import org.reliefdesk.notifications.Letter;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The real layout template outside Spring, for unit tests. */
public final class LetterLayoutAccess {

    private static final LetterLayout LAYOUT = new LetterLayout(engine());

    private LetterLayoutAccess() {
    }

    public static String html(Letter letter) {
        return LAYOUT.html(letter);
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}

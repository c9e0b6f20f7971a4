package org.reliefdesk.support;

import org.reliefdesk.shared.Pdfs;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The PDF renderer without the application: the templates and the message bundles from the class path. */
public final class Documents {

    private Documents() {
    }

    /** A {@link Pdfs} over {@code messages} and the {@code i18n/…} bundles named (e.g. {@code "i18n/documents"}). */
    public static Pdfs pdfs(String... bundles) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.addBasenames(bundles);
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return new Pdfs(engine);
    }
}

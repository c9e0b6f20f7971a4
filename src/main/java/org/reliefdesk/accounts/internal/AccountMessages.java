package org.reliefdesk.accounts.internal;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The accounts module's texts ({@code i18n/accounts}) in the current request's language, for its code without a bean. */
public final class AccountMessages {

    private static final ResourceBundleMessageSource SOURCE = new ResourceBundleMessageSource();

    static {
        SOURCE.setBasename("i18n/accounts");
        SOURCE.setDefaultEncoding("UTF-8");
        SOURCE.setFallbackToSystemLocale(false);
    }

    private AccountMessages() {
    }

    public static String get(String key, Object... args) {
        return SOURCE.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}

package org.reliefdesk.accounts.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The signed-in person's chosen language ("en", "es"); without a choice, the request's Accept-Language. */
@Component("localeResolver")
class PreferredLanguage extends AcceptHeaderLocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ReliefDeskUser user
                && user.preferredLanguage() != null) {
            return Locale.forLanguageTag(user.preferredLanguage());
        }
        return super.resolveLocale(request);
    }
}

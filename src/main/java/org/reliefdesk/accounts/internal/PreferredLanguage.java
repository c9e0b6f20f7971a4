package org.reliefdesk.accounts.internal;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The reader's language, English or Spanish: the one switched to in the page for this session, else the
 * signed-in person's {@code preferredLanguage}, else the request's Accept-Language; anything else is English.
 */
@Component("localeResolver")
class PreferredLanguage extends AcceptHeaderLocaleResolver {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));
    static final String SESSION_KEY = PreferredLanguage.class.getName() + ".LANGUAGE";

    PreferredLanguage() {
        setSupportedLocales(SUPPORTED);
        setDefaultLocale(Locale.ENGLISH);
    }

    /** "en" or "es" for a language tag; null for anything else. */
    static String supported(String tag) {
        if (tag == null) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream().map(Locale::getLanguage).filter(language::equals).findFirst().orElse(null);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String chosen = session == null ? null : supported((String) session.getAttribute(SESSION_KEY));
        if (chosen == null) {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof ReliefDeskUser user) {
                chosen = supported(user.preferredLanguage());
            }
        }
        return chosen != null ? Locale.forLanguageTag(chosen) : super.resolveLocale(request);
    }

    /** Keeps the language switched to in the page for the rest of the session. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String language = locale == null ? null : supported(locale.toLanguageTag());
        request.getSession().setAttribute(SESSION_KEY, language == null ? "en" : language);
    }
}

package org.reliefdesk.accounts.internal;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The reader's locale: the language, English or Spanish, is the one switched to in the page for this session, else
 * the signed-in person's {@code preferredLanguage}, else the request's Accept-Language (anything else is English);
 * the region is the practice's country, so that a Spanish reader at a practice in Maine reads {@code es-US} money,
 * numbers and dates on pages, as in the practice's documents ({@link Practice#documentLocale}).
 */
@Component("localeResolver")
class PreferredLanguage extends AcceptHeaderLocaleResolver {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));
    static final String SESSION_KEY = PreferredLanguage.class.getName() + ".LANGUAGE";
    /** The practice's country, read once a request (the locale is asked for many times while a page renders). */
    private static final String COUNTRY_KEY = PreferredLanguage.class.getName() + ".COUNTRY";

    private final ObjectProvider<Practice> practice;

    /** The practice is optional so that page slices without a database read the language alone. */
    PreferredLanguage(ObjectProvider<Practice> practice) {
        this.practice = practice;
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
        return Practice.localeIn(language(request), country(request));
    }

    private Locale language(HttpServletRequest request) {
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

    /** The practice's country ("" without a practice to ask, as in page slices). */
    private String country(HttpServletRequest request) {
        if (request.getAttribute(COUNTRY_KEY) instanceof String read) {
            return read;
        }
        Practice ours = practice.getIfAvailable();
        String country = ours == null || ours.country() == null ? "" : ours.country();
        request.setAttribute(COUNTRY_KEY, country);
        return country;
    }

    /** Keeps the language switched to in the page for the rest of the session. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String language = locale == null ? null : supported(locale.toLanguageTag());
        request.getSession().setAttribute(SESSION_KEY, language == null ? "en" : language);
    }
}

package org.reliefdesk.accounts.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/** The language switch in every page's header: keeps the choice for the session and goes back to the page. */
@Controller
class LanguageSwitch {

    private final PreferredLanguage languages;

    LanguageSwitch(PreferredLanguage languages) {
        this.languages = languages;
    }

    @PostMapping("/language")
    RedirectView change(@RequestParam(defaultValue = "en") String lang, @RequestParam(defaultValue = "/") String back,
            HttpServletRequest request, HttpServletResponse response) {
        String language = PreferredLanguage.supported(lang);
        languages.setLocale(request, response, Locale.forLanguageTag(language == null ? "en" : language));
        RedirectView page = new RedirectView(localPath(back), true);
        page.setExpandUriTemplateVariables(false); // a "{" in the page's query is text, not a template
        return page;
    }

    /** Only a path on this site (never {@code //elsewhere} or a full URL), so the switch cannot send anyone away. */
    static String localPath(String back) {
        boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
                && back.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
        return local ? back : "/";
    }
}

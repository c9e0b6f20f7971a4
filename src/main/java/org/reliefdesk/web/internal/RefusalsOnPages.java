package org.reliefdesk.web.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reliefdesk.web.ProblemText;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A refusal a page shows as it was thrown ({@code warning} or {@code problem}, often a flash attribute after a
 * redirect: "That time is no longer free") is written in English by the rule that refused; it reaches the reader in
 * their language through the same templates as problem details ({@link ProblemText}). Text already in the reader's
 * language matches no template and is shown as it is.
 */
@Component
class RefusalsOnPages implements HandlerInterceptor, WebMvcConfigurer {

    static final List<String> SHOWN_AS_THROWN = List.of("warning", "problem");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/fhir/**", "/css/**", "/js/**", "/webjars/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null) {
            return;
        }
        for (String name : SHOWN_AS_THROWN) {
            if (page.getModel().get(name) instanceof String text) {
                page.getModel().put(name, ProblemText.translate(text, LocaleContextHolder.getLocale()));
            }
        }
    }
}

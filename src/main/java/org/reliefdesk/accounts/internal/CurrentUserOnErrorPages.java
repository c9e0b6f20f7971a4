package org.reliefdesk.accounts.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The signed-in person ({@code me}) and the page's address ({@code currentPath}) also on error pages, so that they
 * keep the navigation and the language switch: an exception handler's page gets no {@link CurrentUserAdvice}
 * model, and the container's error dispatch ({@code /error}, after a security refusal) comes from outside any
 * controller. Set as request attributes before any handler runs, which the templates read like model attributes.
 */
@Component
class CurrentUserOnErrorPages implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/fhir/**", "/css/**", "/js/**", "/webjars/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof ReliefDeskUser user) {
            request.setAttribute("me", user);
        }
        if (request.getAttribute("currentPath") == null) {
            request.setAttribute("currentPath", path(request));
        }
        return true;
    }

    /** The address asked for (the original one on an error dispatch), with its query; "/" after a form was sent. */
    static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (original instanceof String uri) {
            return "GET".equals(request.getMethod()) ? uri.substring(request.getContextPath().length()) : "/";
        }
        if (!"GET".equals(request.getMethod())) {
            return "/";
        }
        String query = request.getQueryString();
        return request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
    }
}

package org.reliefdesk.web.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads every request's parameters once, up front. Tomcat 11 throws from the first {@code getParameter} when the
 * query or form body cannot be decoded ({@code ?query=%ZZ}, a broken UTF-8 sequence, too many parameters), and
 * whichever code read first (a controller argument, the CSRF filter, the login filter) turned that into a 500.
 * Here it becomes the container's own 400 (or 413), answered by {@link ErrorPages} as problem details or a page.
 * Runs right after the character-encoding filter, so form bodies are decoded with the right charset.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MalformedParameters extends OncePerRequestFilter {

    static final String REASON = MalformedParameters.class.getName() + ".reason";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException e) {
            request.setAttribute(REASON, Boolean.TRUE);
            response.sendError(status(e));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Tomcat's own code when it gives one (413 for too many parameters), else 400. */
    private static int status(IllegalStateException e) {
        if (e instanceof org.apache.tomcat.util.http.InvalidParameterException invalid
                && invalid.getErrorCode() >= 400) {
            return invalid.getErrorCode();
        }
        return HttpServletResponse.SC_BAD_REQUEST;
    }
}

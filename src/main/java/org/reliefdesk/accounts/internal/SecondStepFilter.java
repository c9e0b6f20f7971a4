package org.reliefdesk.accounts.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages: a session waiting for its two-step code reaches only the code form (and sign-out); a staff
 * member the practice requires to set up two-step verification reaches only its set-up until done.
 */
class SecondStepFilter extends OncePerRequestFilter {

    private static final String[] ALWAYS = {"/logout", "/error", "/css/", "/js/", "/img/", "/webjars/", "/favicon.ico"};

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath();
        if (!always(path)) {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondStep
                    && !path.equals("/login/code")) {
                response.sendRedirect(request.getContextPath() + "/login/code");
                return;
            }
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SignInSuccess.SETUP_REQUIRED) != null
                    && !path.startsWith("/profile/two-step")) {
                response.sendRedirect(request.getContextPath() + "/profile/two-step");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean always(String path) {
        for (String prefix : ALWAYS) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}

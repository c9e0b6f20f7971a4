package org.reliefdesk.accounts.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API: with two-step verification on, a password (HTTP Basic) only mints a token (with a code,
 * {@code POST /api/v1/tokens}); everywhere else it is a 401 — such a person uses a token.
 */
class TwoStepBasicFilter extends OncePerRequestFilter {

    private final AuthenticationEntryPoint entryPoint;

    TwoStepBasicFilter(AuthenticationEntryPoint entryPoint) {
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean basic = header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
        if (basic && authentication != null && authentication.getPrincipal() instanceof ReliefDeskUser user
                && user.twoFactorEnabled() && !isMintingToken(request)) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new TwoStepRequiredException());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isMintingToken(HttpServletRequest request) {
        return request.getMethod().equals("POST") && request.getRequestURI().equals(request.getContextPath() + "/api/v1/tokens");
    }

    /** Answered with a 401 that says to use a token. */
    static class TwoStepRequiredException extends AuthenticationException {

        TwoStepRequiredException() {
            super("Two-step verification is on for this account: use an API token (POST /api/v1/tokens with "
                    + "your password and a code).");
        }
    }
}

package org.reliefdesk.web.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.reliefdesk.shared.ClientAddress;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers every answer carries (pages, API, errors): {@code Referrer-Policy: same-origin} and a
 * {@code Permissions-Policy} that switches off the browser features ReliefDesk never uses. A request that came over
 * TLS, directly or through a trusted proxy ({@link ClientAddress#overTls}), is marked secure before the session
 * filter and Spring Security see it, so the session cookie is {@code Secure} and Spring Security adds
 * {@code Strict-Transport-Security}; an {@code X-Forwarded-Proto} from anyone else changes nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class TransportHeaders extends OncePerRequestFilter {

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    private final ClientAddress addresses;

    TransportHeaders(ClientAddress addresses) {
        this.addresses = addresses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        boolean forwardedTls = !request.isSecure() && addresses.overTls(request);
        chain.doFilter(forwardedTls ? new OverTls(request) : request, response);
    }

    /**
     * A request a trusted proxy received over TLS: secure. The scheme and port are left as the proxy sent them, so
     * absolute redirects keep the proxy's host and port (HSTS then keeps the browser on https).
     */
    private static final class OverTls extends HttpServletRequestWrapper {

        OverTls(HttpServletRequest request) {
            super(request);
        }

        @Override
        public boolean isSecure() {
            return true;
        }
    }
}

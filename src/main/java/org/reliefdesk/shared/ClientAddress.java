package org.reliefdesk.shared;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address a request came from. The {@code X-Forwarded-For} header is believed only when
 * the direct peer is one of {@code reliefdesk.security.trusted-proxies}; then the nearest
 * untrusted hop wins.
 */
@Component
public class ClientAddress {

    private final List<String> trustedProxies;

    ClientAddress(TrustedProxies trustedProxies) {
        this.trustedProxies = trustedProxies.addresses();
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    /**
     * Whether the caller reached us over TLS: the connection itself, or a trusted proxy's {@code X-Forwarded-Proto}
     * (its last value: the one the trusted proxy itself added; earlier values came from the other side). The
     * header from anyone else is ignored.
     */
    public boolean overTls(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        if (proto == null || !trustedProxies.contains(request.getRemoteAddr())) {
            return false;
        }
        String[] values = proto.split(",");
        return values[values.length - 1].strip().equalsIgnoreCase("https");
    }

    /** The address of the request being served on this thread, or null outside a request. */
    public String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? of(attributes.getRequest()) : null;
    }
}

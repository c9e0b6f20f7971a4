package org.reliefdesk.shared;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reliefdesk.security.trusted-proxies}: comma-separated addresses of the proxies whose
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed (none by default).
 */
@ConfigurationProperties("reliefdesk.security")
public record TrustedProxies(String trustedProxies) {

    public TrustedProxies {
        trustedProxies = trustedProxies == null ? "" : trustedProxies;
    }

    /** The addresses, spaces and empty entries dropped. */
    public List<String> addresses() {
        return Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

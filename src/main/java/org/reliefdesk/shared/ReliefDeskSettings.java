package org.reliefdesk.shared;

import java.time.ZoneId;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reliefdesk.base-url}: where ReliefDesk is reached, for links in emails and calendar feeds (default
 * {@code http://localhost:8080}; a trailing slash is dropped). {@code reliefdesk.time-zone}: the practice's
 * "today" when set; unset, the first location's zone, else the server's (see {@link Clocks}).
 */
@ConfigurationProperties("reliefdesk")
public record ReliefDeskSettings(String baseUrl, String timeZone) {

    public static final String DEFAULT_BASE_URL = "http://localhost:8080";

    public ReliefDeskSettings {
        baseUrl = baseUrl == null ? DEFAULT_BASE_URL : baseUrl;
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        timeZone = timeZone == null ? "" : timeZone;
    }

    /** {@code reliefdesk.time-zone} when set (an unknown zone stops the application at start). */
    public Optional<ZoneId> zone() {
        return timeZone.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(timeZone));
    }
}

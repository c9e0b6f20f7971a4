package org.reliefdesk.shared;

import java.util.Map;

/** A request that collides with the current state (taken slot, stale version, duplicate email): 409. */
public class ConflictException extends RuntimeException {

    private final Map<String, Object> properties;

    public ConflictException(String message) {
        this(message, Map.of());
    }

    public ConflictException(String message, Map<String, Object> properties) {
        super(message);
        this.properties = properties;
    }

    /** Extra members for the problem details body (e.g. {@code alternatives}). */
    public Map<String, Object> properties() {
        return properties;
    }
}

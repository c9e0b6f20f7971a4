package org.reliefdesk.scheduling.internal;

import java.util.UUID;

/** Ids typed in requests: anything that is not a UUID is simply an unknown id. */
final class Ids {

    private Ids() {
    }

    static UUID parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

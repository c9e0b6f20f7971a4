package org.reliefdesk.scheduling.practice;

import java.util.UUID;

/** Ids typed in requests: anything that is not a UUID is simply an unknown id. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String text) {
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

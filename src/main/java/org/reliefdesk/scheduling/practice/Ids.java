package org.reliefdesk.scheduling.practice;

import java.util.UUID;

/** Ids typed in requests: anything that is not a UUID is simply an unknown id. */
public final class Ids {

    /** Matches no row. */
    public static final UUID NONE = new UUID(0, 0);

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

    /** The id typed, or one that matches nothing when the text is not a UUID (an unknown id, not a bad request). */
    public static UUID parseOrNone(String text) {
        UUID id = parse(text);
        return id == null ? NONE : id;
    }
}

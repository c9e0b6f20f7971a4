package org.reliefdesk.planning.internal;

/** The parts of a session, in their usual order (CLINICAL.md section 7). */
enum Phase {
    ASSESSMENT, WARM_UP, FOCUSED, ADJUNCT, CLOSING;

    static boolean known(String code) {
        for (Phase phase : values()) {
            if (phase.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}

package org.reliefdesk.scheduling.holds;

import java.io.Serializable;

import jakarta.servlet.http.HttpSession;

/**
 * The time a visitor chose on the public booking page, kept in their session while they register or sign in
 * (the session id changes at sign-in; its attributes move with it).
 */
record PendingChoice(String location, String service, String start, String therapistId) implements Serializable {

    static final String KEY = "reliefdesk.pendingHold";

    void keep(HttpSession session) {
        session.setAttribute(KEY, this);
    }

    static PendingChoice take(HttpSession session) {
        Object choice = session.getAttribute(KEY);
        session.removeAttribute(KEY);
        return choice instanceof PendingChoice pending ? pending : null;
    }

    static PendingChoice peek(HttpSession session) {
        return session == null || !(session.getAttribute(KEY) instanceof PendingChoice pending) ? null : pending;
    }
}

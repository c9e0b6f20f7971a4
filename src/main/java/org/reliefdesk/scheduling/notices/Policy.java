package org.reliefdesk.scheduling.notices;

/**
 * The late-cancellation window in English words, for the problem texts the booking rules write in English (the
 * web layer says them in the reader's language). Pages and emails word the policy with {@link PolicyWords}.
 */
public final class Policy {

    private Policy() {
    }

    /** "24 hours", "1 hour", "2 days". */
    public static String window(int hours) {
        if (hours >= 48 && hours % 24 == 0) {
            return hours / 24 + " days";
        }
        return hours == 1 ? "1 hour" : hours + " hours";
    }
}

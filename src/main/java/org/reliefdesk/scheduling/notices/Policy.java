package org.reliefdesk.scheduling.notices;

/** The late-cancellation policy in plain words, as every booking message carries it. */
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

    /** The sentence for a location's window; {@code phone} may be blank. */
    public static String sentence(int lateCancelHours, String phone) {
        String call = phone == null || phone.isBlank() ? "please call us" : "please call us on " + phone.strip();
        if (lateCancelHours == 0) {
            return "Cancellation policy: you can cancel or move a session online at any time before it starts;"
                    + " if you cannot come, " + call + ".";
        }
        String window = window(lateCancelHours);
        return "Cancellation policy: you can cancel or move a session online until " + window
                + " before it starts. Within " + window + " of the start, " + call
                + "; a cancellation that late is recorded as a late cancellation.";
    }
}

package org.reliefdesk.scheduling;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.reliefdesk.shared.FieldErrors;

/**
 * Why a booking was cancelled, kept on it as {@code cancelReason}. People choose the first five; the last
 * two are set by the holds (an expired or a released hold) and are never chosen by a user.
 */
public enum CancelReason {
    CLIENT_REQUEST, ILLNESS, PRACTICE, WEATHER, OTHER, HOLD_EXPIRED, HOLD_RELEASED;

    /** The reasons a client or staff member may give, in the order pages offer them. */
    public static final List<CancelReason> CHOOSABLE = List.of(CLIENT_REQUEST, ILLNESS, PRACTICE, WEATHER, OTHER);

    /** The longest note a cancellation keeps. */
    public static final int NOTE_MAX = 500;

    /** The choosable reason named {@code text}; empty when unknown or not a user's to choose. */
    public static Optional<CancelReason> choosable(String text) {
        return Arrays.stream(values()).filter(r -> r.name().equals(text) && CHOOSABLE.contains(r)).findFirst();
    }

    /** The reason as sent (null or blank: none given); anything else unknown is an error on {@code field}. */
    public static CancelReason parse(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<CancelReason> reason = choosable(text.strip());
        if (reason.isEmpty()) {
            errors.add(field, "must be one of " + String.join(", ", CHOOSABLE.stream().map(Enum::name).toList()));
        }
        return reason.orElse(null);
    }

    /** The message key of its label on pages ({@code cancel.reason.CLIENT_REQUEST}). */
    public String labelKey() {
        return "cancel.reason." + name();
    }
}

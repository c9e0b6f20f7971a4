package org.reliefdesk.planning.internal;

import java.util.List;

/**
 * A body area (an intake focus-area code, clinical/body-areas.yml): whether it counts as neck for
 * DEEP_NECK_WORK, a pressure limit for everyone, the muscles focused work treats there, where the
 * hands work when the client marks it ({@code treatAt}) and the focused technique.
 */
record BodyArea(String code, String name, String plain, boolean neck, Integer maxPressure, String maxPressureReason,
        List<String> muscles, String treatAt, String focusTechnique, String note) {

    BodyArea {
        muscles = muscles == null ? List.of() : List.copyOf(muscles);
    }

    /** The area the focused work goes to when the client marks this one. */
    String workArea() {
        return treatAt == null ? code : treatAt;
    }
}

package org.reliefdesk.planning.internal;

import java.util.List;

import org.reliefdesk.screening.Modality;

/**
 * A technique a block may use (clinical/techniques.yml): the restriction {@code modality} that
 * governs it (null: only the general limits), whether it is hands-on, whether it stays allowed on
 * the neck under DEEP_NECK_WORK AVOID, the areas it may be used on (empty: any) and its skill.
 */
record Technique(String code, String name, String plain, String description, Modality modality, boolean handsOn,
        boolean gentleNeckWork, List<String> areas, String skill) {

    static final String CONSULTATION = "CONSULTATION";

    Technique {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    boolean allowedOn(String area) {
        return areas.isEmpty() || areas.contains(area);
    }
}

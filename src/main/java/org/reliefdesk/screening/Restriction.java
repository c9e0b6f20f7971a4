package org.reliefdesk.screening;

import java.util.List;

/** A limit on one modality; {@code areas} (focus-area codes) empty means everywhere. */
public record Restriction(Modality modality, RestrictionLevel level, List<String> areas, String reason) {

    public Restriction {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    public boolean appliesTo(String area) {
        return areas.isEmpty() || (area != null && areas.contains(area));
    }
}

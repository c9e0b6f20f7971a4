package org.reliefdesk.screening;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A limit on one modality; {@code areas} (focus-area codes) empty means everywhere (then absent in JSON,
 * as API.md says).
 */
public record Restriction(Modality modality, RestrictionLevel level,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> areas, String reason) {

    public Restriction {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    public boolean appliesTo(String area) {
        return areas.isEmpty() || (area != null && areas.contains(area));
    }
}

package org.reliefdesk.interop.fhir.clinical;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.reliefdesk.interop.fhir.SearchParameters;
import org.reliefdesk.interop.fhir.Searchsets;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.ReliefDeskSettings;
import org.springframework.stereotype.Component;

/** The clinical searches' common parts: the {@code subject} parameter and the searchset Bundle. */
@Component
class Searches {

    private final ReliefDeskSettings settings;

    Searches(ReliefDeskSettings settings) {
        this.settings = settings;
    }

    /**
     * The client named by {@code subject=Patient/{id}} (or a bare id); any other parameter is a 400 naming it, and
     * an id that is not a client's is a 404 (as the API answers unknown ids).
     */
    static UUID subject(Map<String, String[]> query) {
        String value = SearchParameters.require(query, "subject");
        String id = value.startsWith("Patient/") ? value.substring("Patient/".length()) : value;
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Patient " + id);
        }
    }

    /** A resource id that must be a UUID, else the resource is unknown (404). */
    static UUID uuid(String id, String resourceType) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(resourceType + " " + id);
        }
    }

    static Reference patient(UUID clientId) {
        return new Reference("Patient/" + clientId);
    }

    Bundle searchset(List<? extends Resource> resources) {
        return Searchsets.of(settings, null, resources);
    }
}

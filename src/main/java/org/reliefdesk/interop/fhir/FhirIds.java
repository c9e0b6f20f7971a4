package org.reliefdesk.interop.fhir;

import java.util.UUID;

import org.reliefdesk.shared.NotFoundException;

/**
 * Resource ids are the API's ids (UUIDs). An id that is not one names nothing: it is a 404, like an unknown id (a
 * malformed id is not a malformed request — FHIR ids are opaque strings).
 */
public final class FhirIds {

    private FhirIds() {
    }

    public static UUID parse(String id, String resourceType) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException(resourceType);
        }
    }

    /**
     * The client named by a search's patient reference: {@code Patient/{id}}, a full URL ending in it, or the bare
     * id; a reference to another type is a 400.
     */
    public static UUID patient(String reference, String parameter) {
        String value = reference.strip();
        int slash = value.lastIndexOf('/');
        if (slash >= 0) {
            String type = value.substring(value.lastIndexOf('/', slash - 1) + 1, slash);
            if (!type.equals("Patient")) {
                throw new UnsupportedSearchException("The search parameter " + parameter
                        + " must reference a Patient (Patient/{id}), not " + value);
            }
            value = value.substring(slash + 1);
        }
        return parse(value, "Patient");
    }
}

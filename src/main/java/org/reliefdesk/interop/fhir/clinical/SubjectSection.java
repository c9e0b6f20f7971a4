package org.reliefdesk.interop.fhir.clinical;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.r4.model.Resource;
import org.reliefdesk.interop.fhir.PatientSection;
import org.reliefdesk.interop.fhir.ServedResource;

/**
 * A clinical kind served on its own as well as in {@code $everything}: searched by {@code subject} and read by id
 * ({@link SubjectEndpoints}); the CapabilityStatement lists it because it is a {@link ServedResource}.
 */
interface SubjectSection extends PatientSection, ServedResource {

    /** The resource named by {@code id} and the client it belongs to; empty when there is none. */
    Optional<Owned> owned(String id);

    record Owned(UUID clientId, Resource resource) {
    }

    @Override
    default boolean read() {
        return true;
    }

    @Override
    default List<String> searchParameters() {
        return List.of("subject");
    }
}

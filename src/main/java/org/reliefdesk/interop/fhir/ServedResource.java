package org.reliefdesk.interop.fhir;

import java.util.List;

/**
 * What one endpoint serves, for the CapabilityStatement at {@code /fhir/metadata}: each FHIR controller is one
 * (a bean), so the statement lists exactly what is served.
 */
public interface ServedResource {

    String resourceType();

    /** Whether {@code GET /fhir/{type}/{id}} is served. */
    boolean read();

    /** The search parameters served on {@code GET /fhir/{type}?…} (empty: no search). */
    List<String> searchParameters();

    /** Operations on the type, e.g. {@code everything} on Patient (empty by default). */
    default List<String> operations() {
        return List.of();
    }
}

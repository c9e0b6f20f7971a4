package org.reliefdesk.interop.fhir;

import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Resource;

/**
 * One kind of resource in a client's record, for {@code Patient/{id}/$everything} (and the export): each resource
 * mapper of this package implements it. Access has been checked by the caller; a section audits nothing itself.
 */
public interface PatientSection {

    /** The resource type, e.g. {@code Appointment}; FRONT_DESK sees only Patient and Appointment. */
    String resourceType();

    /** The client's resources of this kind (empty when there are none). */
    List<? extends Resource> resources(UUID clientId);
}

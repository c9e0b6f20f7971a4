package org.reliefdesk.interop.fhir.people;

import java.util.List;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.interop.fhir.EverythingBundle;
import org.reliefdesk.interop.fhir.FhirAccess;
import org.reliefdesk.interop.fhir.FhirEndpoint;
import org.reliefdesk.interop.fhir.FhirIds;
import org.reliefdesk.interop.fhir.FhirResponses;
import org.reliefdesk.interop.fhir.ServedResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /fhir/Patient/{id}} and {@code GET /fhir/Patient/{id}/$everything}; no Patient search. */
@RestController
@FhirEndpoint
@RequestMapping("/fhir/Patient")
class PatientEndpoint implements ServedResource {

    private final FhirAccess access;
    private final FhirPatients patients;
    private final EverythingBundle everything;
    private final FhirResponses responses;

    PatientEndpoint(FhirAccess access, FhirPatients patients, EverythingBundle everything, FhirResponses responses) {
        this.access = access;
        this.patients = patients;
        this.everything = everything;
        this.responses = responses;
    }

    @GetMapping("/{id}")
    ResponseEntity<String> read(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable String id) {
        UUID clientId = FhirIds.parse(id, "Patient");
        return responses.ok(patients.patient(access.read(clientId, user, "Patient")));
    }

    @GetMapping("/{id}/$everything")
    ResponseEntity<String> everything(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable String id) {
        return responses.ok(everything.everything(FhirIds.parse(id, "Patient"), user));
    }

    @Override
    public String resourceType() {
        return "Patient";
    }

    @Override
    public boolean read() {
        return true;
    }

    @Override
    public List<String> searchParameters() {
        return List.of();
    }

    @Override
    public List<String> operations() {
        return List.of("everything");
    }
}

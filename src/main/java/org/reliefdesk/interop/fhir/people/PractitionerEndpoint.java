package org.reliefdesk.interop.fhir.people;

import java.util.List;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.interop.fhir.FhirEndpoint;
import org.reliefdesk.interop.fhir.FhirIds;
import org.reliefdesk.interop.fhir.FhirResponses;
import org.reliefdesk.interop.fhir.ServedResource;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /fhir/Practitioner/{id}}: any signed-in person, as {@code GET /api/v1/therapists/{id}} (a therapist's
 * name and licence are not health data; the work email for staff only, as there).
 */
@RestController
@FhirEndpoint
@RequestMapping("/fhir/Practitioner")
class PractitionerEndpoint implements ServedResource {

    private final FhirPractitioners practitioners;
    private final FhirResponses responses;

    PractitionerEndpoint(FhirPractitioners practitioners, FhirResponses responses) {
        this.practitioners = practitioners;
        this.responses = responses;
    }

    @GetMapping("/{id}")
    ResponseEntity<String> read(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable String id) {
        return responses.ok(practitioners.find(FhirIds.parse(id, "Practitioner"), user.isStaff())
                .orElseThrow(() -> new NotFoundException("Practitioner")));
    }

    @Override
    public String resourceType() {
        return "Practitioner";
    }

    @Override
    public boolean read() {
        return true;
    }

    @Override
    public List<String> searchParameters() {
        return List.of();
    }
}

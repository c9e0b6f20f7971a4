package org.reliefdesk.interop.fhir.people;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.interop.fhir.FhirAccess;
import org.reliefdesk.interop.fhir.FhirEndpoint;
import org.reliefdesk.interop.fhir.FhirIds;
import org.reliefdesk.interop.fhir.FhirResponses;
import org.reliefdesk.interop.fhir.SearchParameters;
import org.reliefdesk.interop.fhir.Searchsets;
import org.reliefdesk.interop.fhir.ServedResource;
import org.reliefdesk.shared.ReliefDeskSettings;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /fhir/Consent?patient=Patient/{id}}: the consents signed with the client's intakes (search only). */
@RestController
@FhirEndpoint
@RequestMapping("/fhir/Consent")
class ConsentEndpoint implements ServedResource {

    private final FhirAccess access;
    private final FhirConsents consents;
    private final FhirResponses responses;
    private final ReliefDeskSettings settings;

    ConsentEndpoint(FhirAccess access, FhirConsents consents, FhirResponses responses, ReliefDeskSettings settings) {
        this.access = access;
        this.consents = consents;
        this.responses = responses;
        this.settings = settings;
    }

    @GetMapping
    ResponseEntity<String> search(@AuthenticationPrincipal ReliefDeskUser user, HttpServletRequest request) {
        UUID clientId = FhirIds.patient(SearchParameters.require(request.getParameterMap(), "patient"), "patient");
        access.read(clientId, user, "Consent");
        return responses.ok(Searchsets.of(settings, "Consent?patient=Patient/" + clientId,
                consents.resources(clientId)));
    }

    @Override
    public String resourceType() {
        return "Consent";
    }

    @Override
    public boolean read() {
        return false;
    }

    @Override
    public List<String> searchParameters() {
        return List.of("patient");
    }
}

package org.reliefdesk.interop.fhir.clinical;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.interop.fhir.FhirAccess;
import org.reliefdesk.interop.fhir.FhirEndpoint;
import org.reliefdesk.interop.fhir.FhirResponses;
import org.reliefdesk.interop.fhir.ServedResource;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /fhir/Flag?subject=Patient/{id}} (the current screening's flags and restrictions) and
 * {@code /fhir/Flag/{id}}.
 */
@RestController
@FhirEndpoint
class FlagEndpoint implements ServedResource {

    private static final String TYPE = "Flag";

    private final ScreeningFlags flags;
    private final FhirAccess access;
    private final Searches searches;
    private final FhirResponses responses;

    FlagEndpoint(ScreeningFlags flags, FhirAccess access, Searches searches,
            FhirResponses responses) {
        this.flags = flags;
        this.access = access;
        this.searches = searches;
        this.responses = responses;
    }

    @GetMapping("/fhir/Flag")
    ResponseEntity<String> search(@AuthenticationPrincipal ReliefDeskUser user, HttpServletRequest request) {
        UUID clientId = Searches.subject(request.getParameterMap());
        access.read(clientId, user, TYPE);
        return responses.ok(searches.searchset(flags.resources(clientId)));
    }

    @GetMapping("/fhir/Flag/{id}")
    ResponseEntity<String> read(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable String id) {
        ScreeningFlags.Found found = flags.find(id)
                .orElseThrow(() -> new NotFoundException(TYPE + " " + id));
        access.read(found.clientId(), user, TYPE);
        return responses.ok(found.flag());
    }

    @Override
    public String resourceType() {
        return TYPE;
    }

    @Override
    public boolean read() {
        return true;
    }

    @Override
    public List<String> searchParameters() {
        return List.of("subject");
    }
}

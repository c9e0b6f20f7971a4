package org.reliefdesk.interop.fhir.clinical;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.intake.SubmittedIntake;
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

/** {@code GET /fhir/QuestionnaireResponse?subject=Patient/{id}} and {@code /fhir/QuestionnaireResponse/{id}}. */
@RestController
@FhirEndpoint
class QuestionnaireResponseEndpoint implements ServedResource {

    private static final String TYPE = "QuestionnaireResponse";

    private final IntakeResponses intakes;
    private final FhirAccess access;
    private final Searches searches;
    private final FhirResponses responses;

    QuestionnaireResponseEndpoint(IntakeResponses intakes, FhirAccess access, Searches searches,
            FhirResponses responses) {
        this.intakes = intakes;
        this.access = access;
        this.searches = searches;
        this.responses = responses;
    }

    @GetMapping("/fhir/QuestionnaireResponse")
    ResponseEntity<String> search(@AuthenticationPrincipal ReliefDeskUser user, HttpServletRequest request) {
        UUID clientId = Searches.subject(request.getParameterMap());
        access.read(clientId, user, TYPE);
        return responses.ok(searches.searchset(intakes.resources(clientId)));
    }

    @GetMapping("/fhir/QuestionnaireResponse/{id}")
    ResponseEntity<String> read(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable String id) {
        SubmittedIntake intake = intakes.intake(Searches.uuid(id, TYPE))
                .orElseThrow(() -> new NotFoundException(TYPE + " " + id));
        access.read(intake.clientId(), user, TYPE);
        return responses.ok(intakes.response(intake));
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

package org.reliefdesk.interop.fhir.clinical;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.r4.model.CarePlan;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.interop.fhir.FhirAccess;
import org.reliefdesk.interop.fhir.FhirEndpoint;
import org.reliefdesk.interop.fhir.FhirResponses;
import org.reliefdesk.interop.fhir.ServedResource;
import org.reliefdesk.planning.AcceptedPlanHistory.AcceptedPlan;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /fhir/CarePlan?subject=Patient/{id}} (accepted plan versions) and {@code /fhir/CarePlan/{id}}. */
@RestController
@FhirEndpoint
class CarePlanEndpoint implements ServedResource {

    private static final String TYPE = "CarePlan";

    private final PlanCarePlans carePlans;
    private final FhirAccess access;
    private final Searches searches;
    private final FhirResponses responses;

    CarePlanEndpoint(PlanCarePlans carePlans, FhirAccess access, Searches searches, FhirResponses responses) {
        this.carePlans = carePlans;
        this.access = access;
        this.searches = searches;
        this.responses = responses;
    }

    @GetMapping("/fhir/CarePlan")
    ResponseEntity<String> search(@AuthenticationPrincipal ReliefDeskUser user, HttpServletRequest request) {
        UUID clientId = Searches.subject(request.getParameterMap());
        access.read(clientId, user, TYPE);
        return responses.ok(searches.searchset(carePlans.resources(clientId)));
    }

    @GetMapping("/fhir/CarePlan/{id}")
    ResponseEntity<String> read(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable String id) {
        AcceptedPlan plan = carePlans.find(id).orElseThrow(() -> new NotFoundException(TYPE + " " + id));
        access.read(plan.clientId(), user, TYPE);
        CarePlan found = carePlans.resources(plan.clientId()).stream()
                .filter(c -> c.getIdElement().getIdPart().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException(TYPE + " " + id));
        return responses.ok(found);
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

package org.reliefdesk.interop.fhir.clinical;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.interop.fhir.FhirAccess;
import org.reliefdesk.interop.fhir.FhirEndpoint;
import org.reliefdesk.interop.fhir.FhirResponses;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /fhir/{type}?subject=Patient/{id}} and {@code /fhir/{type}/{id}} for the clinical kinds that are served
 * on their own: QuestionnaireResponse (submitted intakes), CarePlan (accepted plans), Observation (diary days and
 * MIDAS scores) and Flag (the current screening's flags and restrictions). FRONT_DESK gets 403, another client's
 * resource is a 404, staff reads are audited ({@link FhirAccess}).
 */
@RestController
@FhirEndpoint
class SubjectEndpoints {

    private static final String TYPES = "{type:QuestionnaireResponse|CarePlan|Observation|Flag}";

    private final Map<String, SubjectSection> sections;
    private final FhirAccess access;
    private final Searches searches;
    private final FhirResponses responses;

    SubjectEndpoints(List<SubjectSection> sections, FhirAccess access, Searches searches, FhirResponses responses) {
        this.sections = sections.stream().collect(Collectors.toMap(SubjectSection::resourceType, Function.identity()));
        this.access = access;
        this.searches = searches;
        this.responses = responses;
    }

    @GetMapping("/fhir/" + TYPES)
    ResponseEntity<String> search(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable String type,
            HttpServletRequest request) {
        UUID clientId = Searches.subject(request.getParameterMap());
        access.read(clientId, user, type);
        return responses.ok(searches.searchset(section(type).resources(clientId)));
    }

    @GetMapping("/fhir/" + TYPES + "/{id}")
    ResponseEntity<String> read(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable String type,
            @PathVariable String id) {
        SubjectSection.Owned found = section(type).owned(id)
                .orElseThrow(() -> new NotFoundException(type + " " + id));
        access.read(found.clientId(), user, type);
        return responses.ok(found.resource());
    }

    private SubjectSection section(String type) {
        SubjectSection section = sections.get(type);
        if (section == null) {
            throw new NotFoundException(type);
        }
        return section;
    }
}

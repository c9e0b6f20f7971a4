package org.reliefdesk.interop.fhir.clinical;

import java.util.List;

import org.reliefdesk.interop.fhir.FhirEndpoint;
import org.reliefdesk.interop.fhir.FhirResponses;
import org.reliefdesk.interop.fhir.ServedResource;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /fhir/Questionnaire/intake}: the current intake form, for any signed-in user (it is not personal). */
@RestController
@FhirEndpoint
class QuestionnaireEndpoint implements ServedResource {

    private final IntakeQuestionnaire questionnaire;
    private final FhirResponses responses;

    QuestionnaireEndpoint(IntakeQuestionnaire questionnaire, FhirResponses responses) {
        this.questionnaire = questionnaire;
        this.responses = responses;
    }

    @GetMapping("/fhir/Questionnaire/{id}")
    ResponseEntity<String> read(@PathVariable String id) {
        if (!IntakeQuestionnaire.ID.equals(id)) {
            throw new NotFoundException("Questionnaire " + id);
        }
        return responses.ok(questionnaire.questionnaire());
    }

    @Override
    public String resourceType() {
        return "Questionnaire";
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

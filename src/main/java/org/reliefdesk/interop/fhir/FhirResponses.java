package org.reliefdesk.interop.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Writes resources as {@code application/fhir+json} with HAPI's parser (never hand-written JSON). */
@Component
public class FhirResponses {

    public static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

    private final FhirContext context;

    FhirResponses(@Lazy FhirContext context) {
        this.context = context;
    }

    public ResponseEntity<String> ok(IBaseResource resource) {
        return respond(HttpStatus.OK, resource);
    }

    public ResponseEntity<String> respond(HttpStatus status, IBaseResource resource) {
        return ResponseEntity.status(status).contentType(FHIR_JSON).body(json(resource));
    }

    public String json(IBaseResource resource) {
        return context.newJsonParser().setPrettyPrint(false).encodeResourceToString(resource);
    }

    /** An OperationOutcome with one issue: {@code code} is a FHIR issue type such as {@code not-found}. */
    public ResponseEntity<String> outcome(HttpStatus status, OperationOutcome.IssueType code, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(code).setDiagnostics(diagnostics);
        return respond(status, outcome);
    }
}

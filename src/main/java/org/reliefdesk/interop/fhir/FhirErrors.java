package org.reliefdesk.interop.fhir;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors under {@code /fhir} as OperationOutcome: unknown or foreign ids 404, not allowed 403, bad search 400. The
 * responses are looked up when needed, so that page-slice tests, which load every advice, need no FHIR beans.
 */
@RestControllerAdvice(annotations = FhirEndpoint.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FhirErrors {

    private final ObjectProvider<FhirResponses> responses;

    FhirErrors(ObjectProvider<FhirResponses> responses) {
        this.responses = responses;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e) {
        return responses.getObject().outcome(HttpStatus.NOT_FOUND, IssueType.NOTFOUND, e.getMessage());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ResponseEntity<String> forbidden(RuntimeException e) {
        return responses.getObject().outcome(HttpStatus.FORBIDDEN, IssueType.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(UnsupportedSearchException.class)
    ResponseEntity<String> unsupported(UnsupportedSearchException e) {
        return responses.getObject().outcome(HttpStatus.BAD_REQUEST, IssueType.NOTSUPPORTED, e.getMessage());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            RuleViolationException.class})
    ResponseEntity<String> invalid(Exception e) {
        return responses.getObject().outcome(HttpStatus.BAD_REQUEST, IssueType.INVALID, e.getMessage());
    }
}

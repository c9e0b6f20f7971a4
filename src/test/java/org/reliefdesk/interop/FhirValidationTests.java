package org.reliefdesk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.FhirValidation;

/** The validator the FHIR tests rely on finds real errors and passes a valid resource. */
class FhirValidationTests {

    @Test
    void aValidPatientHasNoErrors() {
        assertThat(FhirValidation.errors("""
                {"resourceType": "Patient", "id": "p1", "name": [{"family": "Rivera", "given": ["Ana"]}],
                 "birthDate": "1988-03-14", "telecom": [{"system": "email", "value": "ana@example.com"}]}"""))
                .isEmpty();
    }

    @Test
    void aWrongCodeAndAMissingRequiredElementAreErrors() {
        assertThat(FhirValidation.errors("""
                {"resourceType": "Patient", "id": "p1", "gender": "sometimes", "birthDate": "14/03/1988"}"""))
                .isNotEmpty();
        assertThat(FhirValidation.errors("""
                {"resourceType": "Appointment", "id": "a1"}""")).isNotEmpty();
    }
}

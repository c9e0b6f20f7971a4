package org.reliefdesk.interop.fhir;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a controller under {@code /fhir}: its errors are answered as OperationOutcome by {@link FhirErrors}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FhirEndpoint {
}

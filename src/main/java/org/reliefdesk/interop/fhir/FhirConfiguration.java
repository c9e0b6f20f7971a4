package org.reliefdesk.interop.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** One R4 context for the application: it is costly to build (a second or so), so it is made on first use. */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    @Bean
    @Lazy
    FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }
}

package org.reliefdesk.intake.internal;

import org.reliefdesk.intake.IntakeForm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads and checks the intake form at start: a broken definition stops the application. */
@Configuration(proxyBeanMethods = false)
class IntakeFormConfiguration {

    @Bean
    IntakeForm intakeForm() {
        return IntakeForm.standard();
    }
}

package org.reliefdesk.screening.internal;

import org.reliefdesk.intake.IntakeForm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the rule table at start and checks it against the intake form: a broken table stops the application. */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    @Bean
    RuleBook screeningRules(IntakeForm form) {
        return RuleBook.standard(form);
    }

    @Bean
    ScreeningEngine screeningEngine(RuleBook rules) {
        return new ScreeningEngine(rules);
    }
}

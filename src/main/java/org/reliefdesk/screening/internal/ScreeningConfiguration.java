package org.reliefdesk.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.reliefdesk.intake.IntakeForm;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Loads the rule table at start ({@code reliefdesk.screening.rules}, by default the bundled one) and
 * checks it against the intake form: a broken table stops the application with the rule and the problem.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScreeningSettings.class)
class ScreeningConfiguration {

    @Bean
    RuleBook screeningRules(IntakeForm form, ScreeningSettings settings) {
        Resource table = settings.rules();
        try (InputStream in = table.getInputStream()) {
            return RuleBookReader.read(in, table.getDescription(), form);
        } catch (IOException e) {
            throw new UncheckedIOException("Screening rules " + table.getDescription() + " cannot be read", e);
        }
    }

    @Bean
    ScreeningEngine screeningEngine(RuleBook rules) {
        return new ScreeningEngine(rules);
    }
}

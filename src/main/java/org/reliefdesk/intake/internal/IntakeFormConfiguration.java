package org.reliefdesk.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.reliefdesk.intake.IntakeForm;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Loads and checks the intake form at start ({@code reliefdesk.intake.form}, by default the bundled
 * one): a broken definition stops the application with the question and the problem.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeSettings.class)
class IntakeFormConfiguration {

    @Bean
    IntakeForm intakeForm(IntakeSettings settings) {
        Resource form = settings.form();
        try (InputStream in = form.getInputStream()) {
            return IntakeForm.read(in, form.getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("Intake form " + form.getDescription() + " cannot be read", e);
        }
    }
}

package org.reliefdesk.intake.internal;

import org.reliefdesk.intake.IntakeForm;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/** {@code reliefdesk.intake.form}: the intake form definition to load (by default the bundled one). */
@ConfigurationProperties("reliefdesk.intake")
record IntakeSettings(Resource form) {

    IntakeSettings {
        form = form == null ? new ClassPathResource(IntakeForm.RESOURCE) : form;
    }
}

package org.reliefdesk.screening.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/** {@code reliefdesk.screening.rules}: the rule table to load (by default the bundled one). */
@ConfigurationProperties("reliefdesk.screening")
record ScreeningSettings(Resource rules) {

    ScreeningSettings {
        rules = rules == null ? new ClassPathResource(RuleBook.RESOURCE) : rules;
    }
}

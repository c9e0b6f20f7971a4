package org.reliefdesk.accounts.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code reliefdesk.security.*}: sign-in throttling. */
@ConfigurationProperties("reliefdesk.security")
record SecurityProperties(Integer accountFailures, Integer addressFailures, Duration window) {

    SecurityProperties {
        accountFailures = accountFailures == null ? 5 : accountFailures;
        addressFailures = addressFailures == null ? 20 : addressFailures;
        window = window == null ? Duration.ofMinutes(15) : window;
    }
}

package org.reliefdesk.accounts.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reliefdesk.security.*}: sign-in throttling. {@code pairFailures} failures of one (account,
 * address) pair within {@code window} lock that pair (429) for the window; more than
 * {@code accountFailures} for one account, or {@code addressFailures} from one address, slow each
 * further attempt by {@code slowDown} — never a lock.
 */
@ConfigurationProperties("reliefdesk.security")
record SecurityProperties(Integer pairFailures, Integer accountFailures, Integer addressFailures, Duration window,
        Duration slowDown) {

    SecurityProperties {
        pairFailures = pairFailures == null ? 5 : pairFailures;
        accountFailures = accountFailures == null ? 20 : accountFailures;
        addressFailures = addressFailures == null ? 20 : addressFailures;
        window = window == null ? Duration.ofMinutes(15) : window;
        slowDown = slowDown == null ? Duration.ofSeconds(1) : slowDown;
    }
}

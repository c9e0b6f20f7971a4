package org.reliefdesk.scheduling.holds;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reliefdesk.holds.minutes}: how long a hold keeps its time for a new client (default 60). How often
 * the clean-up job marks overdue holds, {@code reliefdesk.holds.sweep} (default 1m), is read by its
 * {@code @Scheduled} annotation.
 */
@ConfigurationProperties("reliefdesk.holds")
record HoldSettings(Integer minutes) {

    HoldSettings {
        minutes = minutes == null || minutes < 1 ? 60 : minutes;
    }

    Duration length() {
        return Duration.ofMinutes(minutes);
    }
}

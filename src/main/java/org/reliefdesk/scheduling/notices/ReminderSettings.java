package org.reliefdesk.scheduling.notices;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reliefdesk.reminders.hours-before}: how long before a booked session its reminder email is queued
 * (default 24 hours). How often the job looks, {@code reliefdesk.reminders.poll}, is read by its
 * {@code @Scheduled} annotation.
 */
@ConfigurationProperties("reliefdesk.reminders")
record ReminderSettings(Integer hoursBefore) {

    ReminderSettings {
        hoursBefore = hoursBefore == null ? 24 : hoursBefore;
    }

    Duration before() {
        return Duration.ofHours(hoursBefore);
    }
}

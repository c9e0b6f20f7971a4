package org.reliefdesk.interop.record;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reliefdesk.retention.years}: how long a closed client's clinical record is kept before the purge job deletes
 * it (default 7). How often the job runs, {@code reliefdesk.retention.purge-cron} (default 03:15 daily), is read by
 * its {@code @Scheduled} annotation.
 */
@ConfigurationProperties("reliefdesk.retention")
record RetentionSettings(Integer years) {

    RetentionSettings {
        years = years == null || years < 0 ? 7 : years;
    }

    /** The moment after which a record closed at {@code closedAt} is purged. */
    Instant purgeAfter(Instant closedAt) {
        return closedAt.atOffset(ZoneOffset.UTC).plusYears(years).toInstant();
    }
}

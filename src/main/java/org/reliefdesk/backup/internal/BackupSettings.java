package org.reliefdesk.backup.internal;

import java.nio.file.Path;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reliefdesk.backup.*}: whether the nightly backup runs (only ever with the embedded database),
 * at what time of the practice's day, how many of each kind to keep, and where.
 */
@ConfigurationProperties("reliefdesk.backup")
record BackupSettings(Boolean enabled, LocalTime time, Integer keep, Path folder) {

    BackupSettings {
        enabled = enabled == null || enabled;
        time = time == null ? LocalTime.of(2, 30) : time;
        keep = keep == null ? 14 : Math.max(1, keep);
        folder = folder == null ? Path.of("data", "backups") : folder;
    }
}

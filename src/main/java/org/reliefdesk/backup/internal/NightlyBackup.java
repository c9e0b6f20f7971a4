package org.reliefdesk.backup.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.reliefdesk.backup.internal.BackupFile.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly backup: every minute (one instance at a time, ShedLock) it checks whether the latest
 * {@code reliefdesk.backup.time} of the practice's day has passed without a nightly backup since, and takes
 * one if so (a failed attempt is retried 15 minutes later). A night missed because the machine was off is therefore made up within a minute of the next start.
 */
@Component
class NightlyBackup {

    private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);
    private static final Duration RETRY_AFTER = Duration.ofMinutes(15);
    private final Backups backups;
    private final Clock clock;
    private Instant lastFailure = Instant.MIN;

    NightlyBackup(Backups backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${reliefdesk.backup.poll:1m}", initialDelayString = "${reliefdesk.backup.poll:1m}")
    @SchedulerLock(name = "nightly-backup", lockAtMostFor = "PT2H")
    void run() {
        if (!backups.nightlyEnabled() || lastFailure.isAfter(clock.instant().minus(RETRY_AFTER))) {
            return;
        }
        Instant lastDue = lastDue(ZonedDateTime.now(clock), backups.settings().time());
        if (backups.newest(Kind.NIGHTLY).map(b -> b.takenAt().isBefore(lastDue)).orElse(true)) {
            try {
                backups.take(Kind.NIGHTLY);
            } catch (RuntimeException e) {
                lastFailure = clock.instant();
                log.error("The nightly backup failed; it is tried again in 15 minutes", e);
            }
        }
    }

    /** The most recent moment, at or before {@code now}, at which the day's backup was due. */
    static Instant lastDue(ZonedDateTime now, LocalTime time) {
        ZonedDateTime today = now.toLocalDate().atTime(time).atZone(now.getZone());
        return (today.isAfter(now) ? now.toLocalDate().minusDays(1).atTime(time).atZone(now.getZone()) : today)
                .toInstant();
    }
}

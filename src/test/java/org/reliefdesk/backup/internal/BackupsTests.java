package org.reliefdesk.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.backup.internal.BackupFile.Kind;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authentication.TestingAuthenticationToken;

/** The folder's rules: what counts as a backup, how many are kept, when the nightly one is due. */
@IntegrationTest
class BackupsTests {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    @Autowired
    DataSource dataSource;
    @TempDir
    Path folder;

    Backups backups(int keep, Clock clock) {
        return new Backups(dataSource, new BackupSettings(true, LocalTime.of(2, 30), keep, folder), clock,
                new MockEnvironment());
    }

    @Test
    void keepsTheNewestOfEachKind() throws Exception {
        Backups backups = backups(2, Clock.systemUTC());
        BackupFile nightly = backups.take(Kind.NIGHTLY);
        List<BackupFile> manual = List.of(backups.take(Kind.MANUAL), backups.take(Kind.MANUAL), backups.take(Kind.MANUAL));

        assertThat(backups.list()).extracting(BackupFile::id)
                .containsExactly(manual.get(2).id(), manual.get(1).id(), nightly.id());
        assertThat(backups.list()).allSatisfy(b -> assertThat(b.sizeBytes()).isPositive());
        assertThat(Files.getPosixFilePermissions(folder.resolve(BackupFile.fileName(nightly.id()))))
                .as("health records: the owner only").isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.exists(folder.resolve(BackupFile.fileName(manual.get(0).id())))).isFalse();
    }

    @Test
    void aPartialFileIsNoBackupAndIsRemovedAtStart() throws Exception {
        Path partial = folder.resolve(".reliefdesk-backup-20261205T023000000Z-nightly.zip.partial");
        Files.writeString(partial, "cut off");
        Files.writeString(folder.resolve("notes.txt"), "someone's file");

        Backups backups = backups(14, Clock.systemUTC());

        assertThat(partial).doesNotExist();
        assertThat(folder.resolve("notes.txt")).exists();
        assertThat(backups.list()).isEmpty();
    }

    @Test
    void theNightlyBackupIsTakenOnceAfterItsTimeInThePracticesZone() {
        Instant threeAm = LocalDateTime.of(2026, 12, 5, 3, 0).atZone(ZONE).toInstant();
        Backups backups = backups(14, Clock.fixed(threeAm, ZONE));
        NightlyBackup nightly = new NightlyBackup(backups, Clock.fixed(threeAm, ZONE));

        nightly.run();
        nightly.run();

        assertThat(backups.list()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(Kind.NIGHTLY);
            assertThat(b.takenAt()).isEqualTo(threeAm);
        });
    }

    @Test
    void theLastDueMomentIsTodaysTimeOnceItHasPassedElseYesterdays() {
        LocalTime time = LocalTime.of(2, 30);
        assertThat(NightlyBackup.lastDue(ZonedDateTime.of(2026, 12, 5, 2, 29, 0, 0, ZONE), time))
                .isEqualTo(ZonedDateTime.of(2026, 12, 4, 2, 30, 0, 0, ZONE).toInstant());
        assertThat(NightlyBackup.lastDue(ZonedDateTime.of(2026, 12, 5, 2, 30, 0, 0, ZONE), time))
                .isEqualTo(ZonedDateTime.of(2026, 12, 5, 2, 30, 0, 0, ZONE).toInstant());
        // 02:30 does not exist on the day clocks spring forward: it is 03:30 that day
        assertThat(NightlyBackup.lastDue(ZonedDateTime.of(2026, 3, 8, 4, 0, 0, 0, ZONE), time))
                .isEqualTo(ZonedDateTime.of(2026, 3, 8, 3, 30, 0, 0, ZONE).toInstant());
    }

    @Test
    void withAnExternalDatabaseTheProvidersBackupsApply() {
        MockEnvironment external = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x");
        Backups backups = new Backups(dataSource, new BackupSettings(true, null, null, folder), Clock.systemUTC(), external);
        assertThat(backups.available()).isFalse();
        assertThat(backups.nightlyEnabled()).isFalse();
        assertThatThrownBy(() -> new BackupsApi(backups).start(new TestingAuthenticationToken("a", "b", "ROLE_ADMIN")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("provider");
    }

    @Test
    void settingsDefaultAsTheReadmeSays() {
        BackupSettings defaults = new BackupSettings(null, null, null, null);
        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.time()).isEqualTo(LocalTime.of(2, 30));
        assertThat(defaults.keep()).isEqualTo(14);
        assertThat(defaults.folder()).isEqualTo(Path.of("data", "backups"));
    }
}

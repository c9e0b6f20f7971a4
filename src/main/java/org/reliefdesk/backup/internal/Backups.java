package org.reliefdesk.backup.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.reliefdesk.backup.internal.BackupFile.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The backup folder: taking a backup (written under a temporary name, flushed, then renamed, so a
 * partial file never counts), listing the finished ones newest first, and keeping the newest
 * {@code keep} of each kind. Backups asked for over the API run one at a time on a thread of their own;
 * their progress is kept in memory (this instance, since it started).
 */
@Component
public class Backups implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final String PARTIAL = ".partial";

    private final DataSource dataSource;
    private final BackupSettings settings;
    private final Clock clock;
    private final boolean embedded;
    private final Map<String, Progress> inProgress = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "backup");
        thread.setDaemon(true);
        return thread;
    });

    Backups(DataSource dataSource, BackupSettings settings, Clock clock, Environment environment) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.clock = clock;
        this.embedded = !environment.containsProperty("spring.datasource.url");
        if (embedded) {
            removePartialFiles();
        }
    }

    /** Progress of a backup that is not (yet) a finished file. */
    public record Progress(String id, Instant requestedAt, Kind kind, String status, String error) {
    }

    /** Backups are this application's business only with its own, embedded database. */
    public boolean available() {
        return embedded;
    }

    public boolean nightlyEnabled() {
        return embedded && settings.enabled();
    }

    BackupSettings settings() {
        return settings;
    }

    /** Starts a manual backup on the backup thread; returns its id at once. */
    public synchronized String start() {
        String id = newId(Kind.MANUAL);
        inProgress.put(id, new Progress(id, BackupFile.takenAtOf(id), Kind.MANUAL, "RUNNING", null));
        worker.submit(() -> {
            try {
                take(id);
                inProgress.remove(id);
            } catch (RuntimeException e) {
                log.error("Backup {} failed", id, e);
                inProgress.put(id, new Progress(id, BackupFile.takenAtOf(id), Kind.MANUAL, "FAILED", describe(e)));
            }
        });
        return id;
    }

    /** Takes a backup of this kind now, on the calling thread. */
    public BackupFile take(Kind kind) {
        return take(newId(kind));
    }

    private BackupFile take(String id) {
        Path folder = folder();
        Path partial = folder.resolve("." + BackupFile.fileName(id) + PARTIAL);
        Path target = folder.resolve(BackupFile.fileName(id));
        long started = System.nanoTime();
        try (Connection c = connection()) {
            Files.createDirectories(folder);
            Manifest manifest = LogicalExport.write(c, partial, BackupFile.kindOf(id).name());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            LogicalExport.syncDirectory(folder);
            BackupFile done = BackupFile.of(target, Files.size(target)).orElseThrow();
            log.info("Backup {} written: {} tables, {} rows, {} bytes in {} ms", target, manifest.tables().size(),
                    manifest.tables().stream().mapToLong(Manifest.Table::rows).sum(), done.sizeBytes(),
                    (System.nanoTime() - started) / 1_000_000);
            prune(done.kind());
            return done;
        } catch (Exception e) {
            deleteQuietly(partial);
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The connection the backup reads over: the application's own pool (a read-only transaction). */
    private Connection connection() throws java.sql.SQLException {
        return dataSource.getConnection();
    }

    /** Finished backups, newest first. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            return files.flatMap(f -> BackupFile.of(f, sizeOf(f)).stream())
                    .sorted(Comparator.comparing(BackupFile::takenAt).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<BackupFile> find(String id) {
        return list().stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public Optional<Progress> progress(String id) {
        return Optional.ofNullable(inProgress.get(id));
    }

    public List<Progress> inProgress() {
        return inProgress.values().stream().sorted(Comparator.comparing(Progress::requestedAt).reversed()).toList();
    }

    public Optional<BackupFile> newest(Kind kind) {
        return list().stream().filter(b -> b.kind() == kind).findFirst();
    }

    /** Keeps the newest {@code keep} backups of the kind and deletes the rest. */
    void prune(Kind kind) {
        list().stream().filter(b -> b.kind() == kind).skip(settings.keep()).forEach(old -> {
            deleteQuietly(folder().resolve(BackupFile.fileName(old.id())));
            log.info("Backup {} removed (keeping the newest {})", old.id(), settings.keep());
        });
    }

    Path folder() {
        return settings.folder().toAbsolutePath().normalize();
    }

    private synchronized String newId(Kind kind) {
        Instant now = clock.instant();
        String id = BackupFile.id(now, kind);
        while (inProgress.containsKey(id) || Files.exists(folder().resolve(BackupFile.fileName(id)))) {
            now = now.plusMillis(1);
            id = BackupFile.id(now, kind);
        }
        return id;
    }

    /** Left by a backup that was cut off (the application stopped or crashed while writing). */
    private void removePartialFiles() {
        if (!Files.isDirectory(folder())) {
            return;
        }
        try (Stream<Path> files = Files.list(folder())) {
            files.filter(f -> f.getFileName().toString().endsWith(PARTIAL)).forEach(f -> {
                log.warn("Removing {}: a backup that did not finish", f);
                deleteQuietly(f);
            });
        } catch (IOException e) {
            log.warn("Could not look for unfinished backups in {}: {}", folder(), e.getMessage());
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}

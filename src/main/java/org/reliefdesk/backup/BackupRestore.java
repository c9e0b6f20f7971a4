package org.reliefdesk.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.reliefdesk.backup.internal.LogicalImport;
import org.reliefdesk.backup.internal.Manifest;
import org.reliefdesk.shared.MaintenanceDatabase;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.SimpleCommandLinePropertySource;

/**
 * The restore command, run instead of the application when {@code --reliefdesk.restore.from=<backup>} is
 * given: it starts the embedded PostgreSQL on {@code reliefdesk.db.data-dir} (which must hold no data yet),
 * migrates the schema to the backup's version, loads every table in one transaction, stops the server and
 * prints what it restored. A normal start on that folder afterwards migrates any newer versions.
 */
public final class BackupRestore {

    public static final String FROM = "reliefdesk.restore.from";
    public static final String DATA_DIR = "reliefdesk.db.data-dir";

    private BackupRestore() {
    }

    /** Refused before anything was written (exit status 2). */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** What was restored: rows per table in the order loaded, and how long the server start, migrations and load took. */
    public record Summary(Manifest manifest, Map<String, Long> rows, Duration serverStart, Duration migrations,
            Duration load) {

        Duration took() {
            return serverStart.plus(migrations).plus(load);
        }
    }

    public static boolean requested(String[] args) {
        return new SimpleCommandLinePropertySource(args).containsProperty(FROM);
    }

    /** The command: 0 restored, 2 refused (nothing written), 1 failed. */
    public static int run(String[] args, PrintStream out) {
        quietLogging();
        SimpleCommandLinePropertySource options = new SimpleCommandLinePropertySource(args);
        Path from = Path.of(options.getProperty(FROM));
        Path dataDir = Path.of(options.containsProperty(DATA_DIR) ? options.getProperty(DATA_DIR) : "./data/postgres");
        try {
            Summary summary = restore(from, dataDir);
            print(out, from, dataDir, summary);
            return 0;
        } catch (Refused e) {
            out.println("Restore refused: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            out.println("Restore failed: " + e.getMessage());
            out.println("Delete " + dataDir.toAbsolutePath().normalize() + " before trying again.");
            e.printStackTrace(out);
            return 1;
        }
    }

    /** Restores the backup into a fresh data folder; the server runs only while this does. */
    public static Summary restore(Path from, Path dataDir) throws IOException, SQLException {
        long started = System.nanoTime();
        if (!Files.isRegularFile(from)) {
            throw new Refused("no backup file " + from.toAbsolutePath().normalize());
        }
        if (Files.isDirectory(dataDir) && !isEmpty(dataDir)) {
            // refused before any server starts on it: a start would rewrite its access rules and roles
            throw new Refused(dataDir.toAbsolutePath().normalize() + " is not empty; restore only into a new, "
                    + "empty folder");
        }
        try (ZipFile archive = new ZipFile(from.toFile()); MaintenanceDatabase database = MaintenanceDatabase.start(dataDir)) {
            Manifest manifest = LogicalImport.manifest(archive);
            long migrating = System.nanoTime();
            migrate(database.application(), manifest);
            long loading = System.nanoTime();
            try (Connection c = connection(database)) {
                Map<String, Long> rows = LogicalImport.load(c, archive, manifest);
                return new Summary(manifest, rows, Duration.ofNanos(migrating - started),
                        Duration.ofNanos(loading - migrating), Duration.ofNanos(System.nanoTime() - loading));
            }
        }
    }

    /**
     * The connection the restore checks and loads over: the application's role, which owns every table the
     * migrations made (as at a normal start), so COPY and the sequences need no superuser. The audit table is
     * handed to its own role and locked by the next normal start, as after every migration.
     */
    private static Connection connection(MaintenanceDatabase database) throws SQLException {
        return database.application().getConnection();
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** The schema as the backup knew it: this version's migrations up to the backup's version, run as the application. */
    private static void migrate(DataSource dataSource, Manifest manifest) {
        if (manifest.schemaVersion() == null) {
            throw new Refused("the backup names no schema version");
        }
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .outOfOrder(true).target(MigrationVersion.fromVersion(manifest.schemaVersion())).load();
        List<String> known = Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v != null).map(MigrationVersion::getVersion).toList();
        List<String> unknown = manifest.appliedVersions().stream().filter(v -> !known.contains(v)).toList();
        if (!unknown.isEmpty()) {
            throw new Refused("the backup was taken by a newer ReliefDesk (schema versions " + unknown
                    + " are unknown here); restore it with that version or a later one");
        }
        flyway.migrate();
    }

    private static void print(PrintStream out, Path from, Path dataDir, Summary summary) {
        out.printf("Restored %s (taken %s, schema version %s) into %s in %.1f s%n", from, summary.manifest().takenAt(),
                summary.manifest().schemaVersion(), dataDir.toAbsolutePath().normalize(), seconds(summary.took()));
        summary.rows().forEach((table, rows) -> out.printf("  %-32s %,10d rows%n", table, rows));
        out.printf("%,d rows in %d tables; server start %.1f s, migrations %.1f s, loading %.1f s%n",
                summary.rows().values().stream().mapToLong(Long::longValue).sum(), summary.rows().size(),
                seconds(summary.serverStart()), seconds(summary.migrations()), seconds(summary.load()));
        out.println("Not in a backup (not data worth restoring): " + String.join(", ", summary.manifest().skipped()));
        out.println("Start ReliefDesk with --" + DATA_DIR + "=" + dataDir + " to use it.");
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /** The command prints its own summary; of the libraries' logging only warnings (and our own start-up line). */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
            logback.getLogger("org.reliefdesk").setLevel(Level.INFO);
            logback.getLogger("org.flywaydb").setLevel(Level.ERROR); // "outOfOrder mode is active" is expected
        }
    }
}

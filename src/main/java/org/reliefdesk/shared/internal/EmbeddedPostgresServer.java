package org.reliefdesk.shared.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server ReliefDesk starts itself when no JDBC URL is configured — production for a small
 * clinic, so it runs with PostgreSQL's durable defaults ({@code fsync}, {@code synchronous_commit},
 * {@code full_page_writes} on: a commit the application acknowledged survives a crash of both), listens on
 * 127.0.0.1 only (no Unix socket) and accepts only password (SCRAM) sign-ins, with passwords generated on the
 * first start and kept in the data folder ({@link DatabaseCredentials}). The application signs in as a role
 * that owns the schema but is not a superuser ({@link DatabaseRoles}). One server per JVM: every application
 * context of a test run shares it. A server left behind by a JVM killed hard is stopped first
 * ({@link DataFolderGuard}).
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    /** Written at every start: TCP on the loopback interface only, and only with a password. */
    private static final String HOST_BASED_ACCESS = """
            # Written by ReliefDesk at every start; changes here are overwritten.
            # Loopback TCP only, SCRAM passwords only; no Unix-socket ("local") access.
            host    all    all    127.0.0.1/32    scram-sha-256
            """;
    private static Server server;

    private EmbeddedPostgresServer() {
    }

    /** A running embedded server: its folder, port and the two ways in. */
    public record Server(EmbeddedPostgres postgres, Path directory, DatabaseCredentials credentials) {

        public int port() {
            return postgres.getPort();
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://127.0.0.1:" + port() + "/postgres";
        }

        public String applicationRole() {
            return DatabaseRoles.APPLICATION;
        }

        /** The application's own role: owns the schema, not a superuser. */
        public DataSource applicationDataSource() {
            return dataSource(DatabaseRoles.APPLICATION, credentials.applicationPassword());
        }

        /** The superuser, for set-up and maintenance only (roles, the audit table's owner). */
        public DataSource superuserDataSource() {
            return dataSource("postgres", credentials.superuserPassword());
        }

        private DataSource dataSource(String user, String password) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setServerNames(new String[] {"127.0.0.1"});
            dataSource.setPortNumbers(new int[] {port()});
            dataSource.setDatabaseName("postgres");
            dataSource.setUser(user);
            dataSource.setPassword(password);
            return dataSource;
        }

        public void close() throws IOException {
            postgres.close();
        }
    }

    public static synchronized Server start(Path dataDirectory, boolean clean) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        if (server != null) {
            if (!directory.equals(server.directory())) {
                throw new IllegalStateException("An embedded PostgreSQL already runs on " + server.directory());
            }
            return server;
        }
        server = launch(directory, clean);
        return server;
    }

    /** A server outside the JVM-wide one (tests of recovery, the restore command); the caller closes it. */
    public static Server startUnshared(Path dataDirectory) {
        return launch(dataDirectory.toAbsolutePath().normalize(), false);
    }

    private static Server launch(Path directory, boolean clean) {
        Path passwordFile = null;
        try {
            prepareFolder(directory, clean);
            FolderState folder = FolderState.of(directory);
            EmbeddedPostgres.Builder builder = durableLoopbackServer(directory, folder.credentials());
            if (folder.fresh()) {
                passwordFile = folder.credentials().superuserPasswordFile(directory.getParent());
                builder.setLocaleConfig("pwfile", passwordFile.toString());
            }
            builder.setDataDirectoryCustomizer(data -> writeCredentialsAndAccess(data.toPath(), folder));
            Server running = new Server(builder.start(), directory, folder.credentials());
            secure(running, folder);
            log.info("Embedded PostgreSQL started on port {} with data in {}", running.port(), directory);
            return running;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + directory, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the embedded PostgreSQL's roles in " + directory, e);
        } finally {
            deleteQuietly(passwordFile);
        }
    }

    /** The folder exists, the binaries are unpacked, no one else uses it, an orphaned server is stopped. */
    private static void prepareFolder(Path directory, boolean clean) throws IOException {
        Files.createDirectories(directory);
        PostgresBinaries.unpackAhead();
        DataFolderGuard.refuseIfInUse(directory);
        DataFolderGuard.stopOrphan(directory);
        if (clean) {
            Folders.deleteContents(directory);
        }
    }

    /**
     * What the data folder held before this start: nothing ({@code fresh}), a database with generated passwords,
     * or a database from before passwords, which is upgraded.
     */
    private record FolderState(boolean fresh, boolean hasCredentials, DatabaseCredentials credentials) {

        static FolderState of(Path directory) {
            boolean fresh = !Files.exists(directory.resolve("postgresql.conf"));
            boolean hasCredentials = !fresh && DatabaseCredentials.existIn(directory);
            return new FolderState(fresh, hasCredentials,
                    hasCredentials ? DatabaseCredentials.readFrom(directory) : DatabaseCredentials.generate());
        }

        /**
         * A data folder from before passwords (trust on loopback) keeps its old access rules for this one start,
         * until the superuser's password is set; every other start writes the strict rules.
         */
        boolean upgrade() {
            return !fresh && !hasCredentials;
        }
    }

    private static EmbeddedPostgres.Builder durableLoopbackServer(Path directory, DatabaseCredentials credentials) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                // the library's own defaults switch these off (-F, synchronous_commit=off): on again
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("max_connections", "200")
                .setConnectConfig("password", credentials.superuserPassword());
    }

    /** Before the server starts: the passwords into the folder and, unless upgrading, the strict access rules. */
    private static void writeCredentialsAndAccess(Path data, FolderState folder) {
        folder.credentials().saveTo(data);
        if (!folder.upgrade()) {
            writeHostBasedAccess(data);
        }
    }

    /** After it started: the roles and their passwords; an upgraded folder gets the strict rules now. */
    private static void secure(Server running, FolderState folder) throws SQLException {
        DatabaseRoles.prepare(running.superuserDataSource(), folder.credentials(), folder.upgrade());
        if (folder.upgrade()) {
            writeHostBasedAccess(running.directory());
            reloadConfiguration(running);
        }
    }

    /** The JVM-wide server, if one runs. */
    static synchronized Server running() {
        return server;
    }

    static synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        } finally {
            server = null;
        }
    }

    private static void writeHostBasedAccess(Path folder) {
        try {
            Files.writeString(folder.resolve("pg_hba.conf"), HOST_BASED_ACCESS, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void reloadConfiguration(Server running) throws SQLException {
        try (var c = running.superuserDataSource().getConnection(); var s = c.createStatement()) {
            s.execute("select pg_reload_conf()");
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.debug("Could not delete {}", file, e);
            }
        }
    }
}

package org.reliefdesk.shared.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server ReliefDesk starts itself when no JDBC URL is configured. One per JVM:
 * every application context of a test run shares it. Data lives in a directory that survives
 * restarts; an orphaned server left by a hard kill of an earlier JVM is stopped first.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgres server;
    private static Path serverDirectory;

    private EmbeddedPostgresServer() {
    }

    public static synchronized EmbeddedPostgres start(Path dataDirectory, boolean clean) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        if (server != null) {
            if (!directory.equals(serverDirectory)) {
                throw new IllegalStateException("An embedded PostgreSQL already runs on " + serverDirectory);
            }
            return server;
        }
        server = launch(directory, clean);
        serverDirectory = directory;
        return server;
    }

    /** A server outside the JVM-wide one (tests of recovery, the restore command); the caller closes it. */
    public static EmbeddedPostgres startUnshared(Path dataDirectory) {
        return launch(dataDirectory.toAbsolutePath().normalize(), false);
    }

    private static EmbeddedPostgres launch(Path directory, boolean clean) {
        try {
            Files.createDirectories(directory);
            stopOrphan(directory);
            EmbeddedPostgres started = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(clean)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", started.getPort(), directory);
            return started;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + directory, e);
        }
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
            serverDirectory = null;
        }
    }

    /** A postmaster.pid left behind by a killed JVM: stop that server (fast shutdown) and wait. */
    static void stopOrphan(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (orphan.isEmpty()) {
            log.warn("Removing stale {} (no server runs with that pid)", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("An earlier embedded PostgreSQL (pid {}) is still running on {}; stopping it", process.pid(), directory);
        signal(process.pid(), "INT");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            sleep();
        }
        if (process.isAlive()) {
            signal(process.pid(), "QUIT");
            sleep();
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void signal(long pid, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

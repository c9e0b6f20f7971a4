package org.reliefdesk.shared.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before the embedded server starts on a data folder: refuses a folder another live ReliefDesk uses, and
 * stops a server left running by a JVM killed hard — but only a process proven to be a PostgreSQL serving
 * this very folder. Anything else named by {@code postmaster.pid} is left alone and start-up fails with a
 * message that names the folder and the process.
 */
final class DataFolderGuard {

    private static final Logger log = LoggerFactory.getLogger(DataFolderGuard.class);
    /** The lock file the embedded server's owner holds while it runs (released by the OS when that JVM dies). */
    static final String LOCK_FILE = "epg-lock";

    private DataFolderGuard() {
    }

    /** Fails when another running process (or this JVM) holds the folder's lock. */
    static void refuseIfInUse(Path directory) throws IOException {
        Path lockFile = directory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(directory);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(directory);
        }
    }

    /** A server of this folder whose owner died is stopped; a stale pid file is removed; anything else refuses. */
    static void stopOrphan(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> named = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (named.isEmpty()) {
            log.warn("Removing stale {} (no process runs with that pid)", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle process = named.get();
        if (!servesFolder(process, directory)) {
            throw notOurs(directory, process, pidFile);
        }
        log.warn("An earlier embedded PostgreSQL (pid {}) is still running on {} after its application stopped; "
                + "stopping it", process.pid(), directory);
        shutDown(process);
        Files.deleteIfExists(pidFile);
    }

    /** PostgreSQL's fast shutdown, and its immediate one when the fast one takes over 30 seconds. */
    private static void shutDown(ProcessHandle process) throws IOException {
        signal(process.pid(), "INT");
        if (!waitForExit(process, Duration.ofSeconds(30))) {
            signal(process.pid(), "QUIT");
            waitForExit(process, Duration.ofSeconds(5));
        }
    }

    private static IllegalStateException notOurs(Path directory, ProcessHandle process, Path pidFile) {
        return new IllegalStateException(("Cannot start the embedded PostgreSQL in %s: its postmaster.pid names "
                + "process %d (%s), which is not a PostgreSQL server of this data folder. If the folder was copied "
                + "from a running instance, stop that instance and copy it again (or restore a backup); if you are "
                + "sure no server uses this folder, delete %s.").formatted(directory, process.pid(),
                process.info().commandLine().orElse("command unknown"), pidFile));
    }

    /** A process named postgres whose data folder (its {@code -D} argument or, on Linux, its working folder) is this one. */
    static boolean servesFolder(ProcessHandle process, Path directory) throws IOException {
        ProcessHandle.Info info = process.info();
        String executable = info.command().map(c -> Path.of(c).getFileName().toString()).orElse("");
        if (!executable.startsWith("postgres")) {
            return false;
        }
        Path own = directory.toRealPath();
        Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
        if (Files.exists(cwd)) {
            try {
                return cwd.toRealPath().equals(own);
            } catch (IOException e) {
                return false;
            }
        }
        String[] arguments = info.arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-D") && Files.exists(Path.of(arguments[i + 1]))
                    && Path.of(arguments[i + 1]).toRealPath().equals(own)) {
                return true;
            }
        }
        return false;
    }

    private static IllegalStateException inUse(Path directory) {
        return new IllegalStateException(("Cannot start the embedded PostgreSQL in %s: another running ReliefDesk "
                + "uses this data folder (it holds %s). Stop it first, or give this instance its own "
                + "reliefdesk.db.data-dir.").formatted(directory, directory.resolve(LOCK_FILE)));
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

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !process.isAlive();
    }
}

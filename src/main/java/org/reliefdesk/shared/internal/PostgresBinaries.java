package org.reliefdesk.shared.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first start after a reboot unpacks PostgreSQL (15 MB of xz, 60 MB unpacked) before anything else can
 * happen; the library does it in Java at about 10 MB/s, six seconds on a small machine. On Linux with
 * {@code tar} and {@code xz} this unpacks the same archive natively into the folder the library looks in
 * ({@code <tmp>/embedded-pg/PG-<md5 of the archive>}, marked ready by {@code .exists}) in about a second.
 * Anything unexpected leaves the folder as it was and the library unpacks it itself, as before.
 */
final class PostgresBinaries {

    private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);

    private PostgresBinaries() {
    }

    static void unpackAhead() {
        if (!System.getProperty("os.name", "").startsWith("Linux") || !onPath("tar") || !onPath("xz")) {
            return;
        }
        String architecture = "amd64".equals(System.getProperty("os.arch")) ? "x86_64" : System.getProperty("os.arch");
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture)) {
            if (archive == null) {
                return;
            }
            byte[] bytes = archive.readAllBytes();
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
            String workingDirectory = System.getProperty("ot.epg.working-dir",
                    new File(System.getProperty("java.io.tmpdir"), "embedded-pg").getPath());
            Path folder = Path.of(workingDirectory, "PG-" + digest);
            if (Files.exists(folder.resolve(".exists"))) {
                return;
            }
            Files.createDirectories(folder);
            unpackLocked(bytes, folder);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            log.debug("Native unpacking of PostgreSQL skipped; the library unpacks it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Under the library's own unpack lock, so that it waits for this (or this for it) instead of both unpacking. */
    private static void unpackLocked(byte[] archive, Path folder) throws IOException, InterruptedException {
        Path lockFile = folder.resolve(DataFolderGuard.LOCK_FILE);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null || Files.exists(folder.resolve(".exists"))) {
                return;
            }
            long started = System.nanoTime();
            Process tar = new ProcessBuilder("tar", "-xJf", "-", "-C", folder.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = tar.getOutputStream()) {
                in.write(archive);
            }
            if (tar.waitFor(120, TimeUnit.SECONDS) && tar.exitValue() == 0) {
                Files.createFile(folder.resolve(".exists"));
                log.info("Unpacked PostgreSQL in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            } else {
                tar.destroyForcibly();
                Folders.deleteContents(folder); // the library unpacks it afresh
            }
        } finally {
            Files.deleteIfExists(lockFile);
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }
}

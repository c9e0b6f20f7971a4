package org.reliefdesk.shared.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import org.reliefdesk.shared.OwnerOnlyFiles;

/**
 * The embedded server's two passwords — the superuser's (maintenance only) and the application role's —
 * generated on the first start and kept in {@value #FILE_NAME} inside the data folder, readable by its
 * owner only. Nothing else knows them; they never reach a log.
 */
public record DatabaseCredentials(String superuserPassword, String applicationPassword) {

    public static final String FILE_NAME = "reliefdesk-credentials.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String toString() {
        return "DatabaseCredentials[hidden]";
    }

    static DatabaseCredentials generate() {
        return new DatabaseCredentials(randomPassword(), randomPassword());
    }

    static boolean existIn(Path dataDirectory) {
        return Files.isRegularFile(dataDirectory.resolve(FILE_NAME));
    }

    /** The credentials kept in a data folder (for tools beside the application: backups, benchmarks). */
    public static DatabaseCredentials readFrom(Path dataDirectory) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(dataDirectory.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the database credentials in " + dataDirectory, e);
        }
        return new DatabaseCredentials(properties.getProperty("superuser.password"),
                properties.getProperty("application.password"));
    }

    /** Written to a temporary file and moved into place, owner-only from the first byte. */
    void saveTo(Path dataDirectory) {
        Properties properties = new Properties();
        properties.setProperty("superuser.password", superuserPassword);
        properties.setProperty("application.password", applicationPassword);
        try {
            Path temporary = ownerOnlyFile(dataDirectory, ".credentials");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "ReliefDesk embedded PostgreSQL: superuser 'postgres' and application role '"
                        + DatabaseRoles.APPLICATION + "'. Keep private.");
            }
            Files.move(temporary, dataDirectory.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the database credentials in " + dataDirectory, e);
        }
    }

    /** The superuser's password alone, for initdb's --pwfile (the caller deletes the file). */
    Path superuserPasswordFile(Path folder) throws IOException {
        Path file = ownerOnlyFile(folder, ".pwfile");
        Files.writeString(file, superuserPassword + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static Path ownerOnlyFile(Path folder, String suffix) throws IOException {
        Files.createDirectories(folder);
        return Files.createTempFile(folder, "reliefdesk", suffix, OwnerOnlyFiles.attributes(folder));
    }

    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

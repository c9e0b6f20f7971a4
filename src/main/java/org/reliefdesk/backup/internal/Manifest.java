package org.reliefdesk.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json}, the archive's table of contents: the format, when the snapshot was taken, the
 * Flyway schema version it belongs to, every table with its columns, row count and COPY file, and the
 * sequences' values. Tables named in {@code skipped} are left out on purpose.
 */
public record Manifest(int format, Instant takenAt, String kind, String schemaVersion, List<String> appliedVersions,
        String postgresVersion, List<Table> tables, List<Sequence> sequences, List<String> skipped) {

    public static final int FORMAT = 1;
    public static final String ENTRY = "manifest.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One table: its COPY file holds these columns in this order (PostgreSQL's text format). */
    public record Table(String name, List<String> columns, long rows, String file) {
    }

    /** A sequence's last value (null if never used). */
    public record Sequence(String name, Long lastValue) {
    }

    byte[] toJson() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
    }

    static Manifest read(InputStream in) throws IOException {
        Manifest manifest = JSON.readValue(in, Manifest.class);
        if (manifest.format() != FORMAT) {
            throw new IOException("Backup format " + manifest.format() + " is not known to this version (" + FORMAT + ")");
        }
        return manifest;
    }
}

package org.reliefdesk.backup.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finished backup in the folder. Its name says when it was taken and why:
 * {@code reliefdesk-backup-20261205T023000123Z-nightly.zip}; its id is the part after the prefix
 * ({@code 20261205T023000123Z-nightly}). Anything else in the folder (a partial file) is no backup.
 */
public record BackupFile(String id, Instant takenAt, long sizeBytes, Kind kind) {

    public enum Kind { NIGHTLY, MANUAL }

    static final String PREFIX = "reliefdesk-backup-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Pattern ID = Pattern.compile("(\\d{8}T\\d{9}Z)-(nightly|manual)");
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + ID.pattern() + "\\.zip");

    static String id(Instant takenAt, Kind kind) {
        return STAMP.format(takenAt) + "-" + kind.name().toLowerCase(Locale.ROOT);
    }

    static boolean validId(String id) {
        return ID.matcher(id).matches();
    }

    static String fileName(String id) {
        return PREFIX + id + ".zip";
    }

    static Instant takenAtOf(String id) {
        return STAMP.parse(id.substring(0, id.indexOf('-')), Instant::from);
    }

    static Kind kindOf(String id) {
        return Kind.valueOf(id.substring(id.indexOf('-') + 1).toUpperCase(Locale.ROOT));
    }

    /** The backup this file is, if its name is a finished backup's. */
    static Optional<BackupFile> of(Path file, long size) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        String id = name.group(1) + "-" + name.group(2);
        return Optional.of(new BackupFile(id, takenAtOf(id), size, kindOf(id)));
    }
}

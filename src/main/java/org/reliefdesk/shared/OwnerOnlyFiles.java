package org.reliefdesk.shared;

import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/** Files holding health records or secrets: readable by the account ReliefDesk runs as only, from the first byte. */
public final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /** {@code rw-------} where the file system has POSIX rights (nothing to give elsewhere). */
    public static FileAttribute<?>[] attributes(Path where) {
        return where.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }
}

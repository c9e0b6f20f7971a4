package org.reliefdesk.backup.internal;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.reliefdesk.shared.OwnerOnlyFiles;

/**
 * Writes every table of schema {@code public} (but {@link Catalog#SKIPPED}) into a zip: one file per table
 * in COPY's text format and {@code manifest.json} last. All of it is read in one {@code REPEATABLE READ,
 * READ ONLY} transaction, so the archive is one consistent moment while the clinic goes on working; the
 * file is flushed to disk before the caller renames it into place.
 */
final class LogicalExport {

    private LogicalExport() {
    }

    /** Exports over {@code c} (its transaction settings are changed and restored by the pool) into {@code target}. */
    static Manifest write(Connection c, Path target, String kind) throws SQLException, IOException {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try (FileChannel channel = FileChannel.open(target, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                OwnerOnlyFiles.attributes(target));
                ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(
                        java.nio.channels.Channels.newOutputStream(channel), 1 << 16))) {
            zip.setLevel(Deflater.BEST_SPEED);
            Manifest manifest = export(c, zip, kind);
            zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
            zip.write(manifest.toJson());
            zip.closeEntry();
            zip.finish();
            zip.flush();
            channel.force(true);
            return manifest;
        } finally {
            c.rollback();
        }
    }

    private static Manifest export(Connection c, ZipOutputStream zip, String kind) throws SQLException, IOException {
        Instant takenAt = snapshotTime(c);
        List<Manifest.Table> tables = copyOut(c, zip);
        List<String> versions = Catalog.appliedVersions(c);
        List<Manifest.Sequence> sequences = new ArrayList<>();
        for (Map.Entry<String, Long> s : Catalog.sequences(c).entrySet()) {
            sequences.add(new Manifest.Sequence(s.getKey(), s.getValue()));
        }
        return new Manifest(Manifest.FORMAT, takenAt, kind, versions.isEmpty() ? null : versions.get(versions.size() - 1),
                versions, c.getMetaData().getDatabaseProductVersion(), tables, sequences, Catalog.SKIPPED);
    }

    /** Every table but the skipped ones, each into its own {@code data/<table>.tsv} entry. */
    private static List<Manifest.Table> copyOut(Connection c, ZipOutputStream zip) throws SQLException, IOException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        List<Manifest.Table> tables = new ArrayList<>();
        for (String table : Catalog.tables(c)) {
            if (Catalog.SKIPPED.contains(table)) {
                continue;
            }
            List<String> columns = Catalog.columns(c, table);
            String file = "data/" + table + ".tsv";
            zip.putNextEntry(new ZipEntry(file));
            String source = Catalog.partitioned(c, table)
                    ? "(select " + Catalog.quotedList(columns) + " from " + Catalog.quote(table) + ")"
                    : Catalog.quote(table) + " (" + Catalog.quotedList(columns) + ")";
            long rows = copy.copyOut("copy " + source + " to stdout", new KeepOpen(zip));
            zip.closeEntry();
            tables.add(new Manifest.Table(table, columns, rows, file));
        }
        return tables;
    }

    /**
     * The first statement takes the snapshot; its {@code now()} is the moment the backup shows. Refuses to go on
     * unless the transaction really is one read-only snapshot (whatever connection it was given).
     */
    private static Instant snapshotTime(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select now(), "
                + "current_setting('transaction_isolation'), current_setting('transaction_read_only')")) {
            r.next();
            if (!r.getString(2).equals("repeatable read") || !r.getString(3).equals("on")) {
                throw new IllegalStateException("A backup needs a repeatable read, read only transaction, not "
                        + r.getString(2) + " (read only " + r.getString(3) + ")");
            }
            return r.getTimestamp(1).toInstant();
        }
    }

    /** COPY must not close the zip after one entry. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    static void syncDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a directory; the rename itself is still atomic
        }
    }
}

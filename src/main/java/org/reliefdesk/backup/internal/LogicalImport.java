package org.reliefdesk.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads an archive's tables into a database whose schema is at the archive's version, in one transaction:
 * the rows migrations seeded are replaced, every table is filled with COPY in foreign-key order (so each
 * constraint is checked as rows arrive), and every sequence is set past both its value in the backup and
 * the largest value of the column it feeds.
 */
public final class LogicalImport {

    private LogicalImport() {
    }

    /** Reads the manifest of an archive. */
    public static Manifest manifest(ZipFile archive) throws IOException {
        ZipEntry entry = archive.getEntry(Manifest.ENTRY);
        if (entry == null) {
            throw new IOException(archive.getName() + " is not a ReliefDesk backup (no " + Manifest.ENTRY + ")");
        }
        try (InputStream in = archive.getInputStream(entry)) {
            return Manifest.read(in);
        }
    }

    /** Loads every table and commits; returns the rows loaded per table, in the order loaded. */
    public static Map<String, Long> load(Connection c, ZipFile archive, Manifest manifest) throws SQLException, IOException {
        c.setAutoCommit(false);
        try {
            Map<String, Manifest.Table> tables = manifest.tables().stream()
                    .collect(Collectors.toMap(Manifest.Table::name, Function.identity()));
            checkSchema(c, tables.values());
            execute(c, "truncate " + Catalog.quotedList(new ArrayList<>(tables.keySet())));
            Map<String, Long> loaded = copyIn(c, archive, tables);
            setSequences(c, manifest.sequences());
            c.commit();
            return loaded;
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    /** Each table's rows from its file, parents before children; the count must match the manifest's. */
    private static Map<String, Long> copyIn(Connection c, ZipFile archive, Map<String, Manifest.Table> tables)
            throws SQLException, IOException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Long> loaded = new LinkedHashMap<>();
        for (String name : Catalog.foreignKeyOrder(c, new ArrayList<>(tables.keySet()))) {
            Manifest.Table table = tables.get(name);
            try (InputStream in = archive.getInputStream(archive.getEntry(table.file()))) {
                long rows = copy.copyIn("copy " + Catalog.quote(name) + " (" + Catalog.quotedList(table.columns())
                        + ") from stdin", in);
                if (rows != table.rows()) {
                    throw new IOException(name + ": " + rows + " rows read, the manifest says " + table.rows());
                }
                loaded.put(name, rows);
            }
        }
        return loaded;
    }

    /** Every table and column of the backup must exist after migrating to its version. */
    private static void checkSchema(Connection c, Iterable<Manifest.Table> tables) throws SQLException {
        Set<String> present = new HashSet<>(Catalog.tables(c));
        for (Manifest.Table table : tables) {
            if (!present.contains(table.name())) {
                throw new IllegalStateException("The backup's table " + table.name() + " is not in the migrated schema");
            }
            List<String> columns = Catalog.columns(c, table.name());
            for (String column : table.columns()) {
                if (!columns.contains(column)) {
                    throw new IllegalStateException("The backup's column " + table.name() + "." + column
                            + " is not in the migrated schema");
                }
            }
        }
    }

    /** Each sequence past the larger of its backed-up value and its column's largest value. */
    private static void setSequences(Connection c, List<Manifest.Sequence> backedUp) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        backedUp.forEach(s -> values.put(s.name(), s.lastValue()));
        Map<String, String[]> owners = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("""
                select seq.relname, tab.relname, att.attname
                from pg_class seq join pg_namespace n on n.oid = seq.relnamespace
                left join pg_depend d on d.objid = seq.oid and d.classid = 'pg_class'::regclass and d.deptype in ('a', 'i')
                left join pg_class tab on tab.oid = d.refobjid
                left join pg_attribute att on att.attrelid = d.refobjid and att.attnum = d.refobjsubid
                where seq.relkind = 'S' and n.nspname = 'public'""")) {
            while (rows.next()) {
                owners.put(rows.getString(1), new String[] {rows.getString(2), rows.getString(3)});
            }
        }
        for (Map.Entry<String, String[]> sequence : owners.entrySet()) {
            Long fromBackup = values.get(sequence.getKey());
            String[] column = sequence.getValue();
            Long fromColumn = column[0] == null ? null : maxOf(c, column[0], column[1]);
            Long value = larger(fromBackup, fromColumn);
            if (value != null) {
                execute(c, "select setval('" + Catalog.quote(sequence.getKey()).replace("'", "''") + "', " + value + ")");
            }
        }
    }

    private static Long larger(Long a, Long b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.max(a, b);
    }

    private static Long maxOf(Connection c, String table, String column) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select max(" + Catalog.quote(column) + ")::bigint from " + Catalog.quote(table))) {
            r.next();
            return (Long) r.getObject(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

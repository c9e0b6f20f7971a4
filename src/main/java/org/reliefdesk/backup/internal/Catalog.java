package org.reliefdesk.backup.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.flywaydb.core.api.MigrationVersion;

/** What the backup and the restore read from PostgreSQL's catalog about schema {@code public}. */
final class Catalog {

    /** Not data worth restoring: HTTP sessions, job locks, and Flyway's history (the restore rebuilds it). */
    static final List<String> SKIPPED = List.of("flyway_schema_history", "spring_session", "spring_session_attributes",
            "shedlock");

    private Catalog() {
    }

    /** Plain and partitioned tables (not partitions: their rows come with the parent), by name. */
    static List<String> tables(Connection c) throws SQLException {
        return strings(c, """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
                order by c.relname""");
    }

    static boolean partitioned(Connection c, String table) throws SQLException {
        return !strings(c, "select 1 from pg_class where oid = ?::regclass and relkind = 'p'", quote(table)).isEmpty();
    }

    /** Stored columns in order (generated and dropped columns left out). */
    static List<String> columns(Connection c, String table) throws SQLException {
        return strings(c, """
                select attname from pg_attribute where attrelid = ?::regclass and attnum > 0
                  and not attisdropped and attgenerated = '' order by attnum""", quote(table));
    }

    /** Applied Flyway versions, oldest first (version order, not the order they ran in: out-of-order is on). */
    static List<String> appliedVersions(Connection c) throws SQLException {
        List<String> versions = strings(c, "select version from flyway_schema_history where success and version is not null");
        versions.sort((a, b) -> MigrationVersion.fromVersion(a).compareTo(MigrationVersion.fromVersion(b)));
        return versions;
    }

    static Map<String, Long> sequences(Connection c) throws SQLException {
        Map<String, Long> values = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "select sequencename, last_value from pg_sequences where schemaname = 'public'");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                values.put(rows.getString(1), (Long) rows.getObject(2));
            }
        }
        return values;
    }

    /** The tables in an order where every table comes after those its foreign keys point to. */
    static List<String> foreignKeyOrder(Connection c, List<String> tables) throws SQLException {
        Map<String, Set<String>> needs = new HashMap<>();
        tables.forEach(t -> needs.put(t, new TreeSet<>()));
        try (PreparedStatement s = c.prepareStatement("""
                select child.relname, parent.relname from pg_constraint k
                join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid
                join pg_namespace n on n.oid = child.relnamespace
                where k.contype = 'f' and n.nspname = 'public'""");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                String child = rows.getString(1);
                String parent = rows.getString(2);
                if (needs.containsKey(child) && needs.containsKey(parent) && !child.equals(parent)) {
                    needs.get(child).add(parent);
                }
            }
        }
        return topological(new TreeSet<>(tables), needs);
    }

    static List<String> topological(Set<String> tables, Map<String, Set<String>> needs) {
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < tables.size()) {
            List<String> ready = new ArrayList<>();
            for (String table : tables) {
                if (!placed.contains(table) && placed.containsAll(needs.get(table))) {
                    ready.add(table);
                }
            }
            if (ready.isEmpty()) {
                Set<String> left = new TreeSet<>(tables);
                left.removeAll(placed);
                throw new IllegalStateException("Foreign keys form a cycle among " + left);
            }
            placed.addAll(ready);
        }
        return new ArrayList<>(placed);
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String quotedList(List<String> identifiers) {
        return String.join(", ", identifiers.stream().map(Catalog::quote).toList());
    }

    private static List<String> strings(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}

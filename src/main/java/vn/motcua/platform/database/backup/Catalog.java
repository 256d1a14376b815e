package vn.motcua.platform.database.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a logical dump reads from PostgreSQL's catalogue: the schema's tables, columns, sequences and foreign keys. */
final class Catalog {

    private Catalog() {
    }

    /** The ordinary tables of the current schema except Flyway's history, by name. */
    static List<String> tables(Connection connection) throws SQLException {
        return strings(connection, "select c.relname from pg_class c where c.relnamespace = current_schema()::regnamespace "
                + "and c.relkind = 'r' and not c.relispartition and c.relname <> 'flyway_schema_history' order by 1", null);
    }

    /** The columns COPY reads and writes (stored generated columns are computed again), in table order. */
    static List<String> columns(Connection connection, String table) throws SQLException {
        return strings(connection, "select column_name from information_schema.columns where table_schema = current_schema() "
                + "and table_name = ? and is_generated = 'NEVER' order by ordinal_position", table);
    }

    /** Every sequence of the schema that has been used, with its last value. */
    static Map<String, Long> sequences(Connection connection) throws SQLException {
        var sequences = new LinkedHashMap<String, Long>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select sequencename, last_value from pg_sequences "
                        + "where schemaname = current_schema() and last_value is not null order by 1")) {
            while (rows.next()) {
                sequences.put(rows.getString(1), rows.getLong(2));
            }
        }
        return sequences;
    }

    static void setSequence(Connection connection, String sequence, long lastValue) throws SQLException {
        try (var statement = connection.prepareStatement("select setval(?::regclass, ?, true)")) {
            statement.setString(1, LogicalDump.quote(sequence));
            statement.setLong(2, lastValue);
            statement.execute();
        }
    }

    /** The tables ordered so that a table comes after every table its foreign keys refer to. */
    static List<String> referencedFirst(Connection connection, Collection<String> tables) throws SQLException {
        Map<String, Set<String>> references = new HashMap<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select c.conrelid::regclass::text, c.confrelid::regclass::text "
                        + "from pg_constraint c where c.contype = 'f' and c.connamespace = current_schema()::regnamespace")) {
            while (rows.next()) {
                if (!rows.getString(1).equals(rows.getString(2))) {
                    references.computeIfAbsent(rows.getString(1), t -> new HashSet<>()).add(rows.getString(2));
                }
            }
        }
        var ordered = new LinkedHashSet<String>();
        var visiting = new HashSet<String>();
        for (String table : tables) {
            visit(table, references, tables, ordered, visiting);
        }
        return new ArrayList<>(ordered);
    }

    private static void visit(String table, Map<String, Set<String>> references, Collection<String> tables,
            Set<String> ordered, Set<String> visiting) {
        if (ordered.contains(table) || !visiting.add(table)) {
            return;
        }
        for (String referenced : references.getOrDefault(table, Set.of())) {
            if (tables.contains(referenced)) {
                visit(referenced, references, tables, ordered, visiting);
            }
        }
        ordered.add(table);
    }

    private static List<String> strings(Connection connection, String sql, String parameter) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            if (parameter != null) statement.setString(1, parameter);
            try (var rows = statement.executeQuery()) {
                var values = new ArrayList<String>();
                while (rows.next()) values.add(rows.getString(1));
                return values;
            }
        }
    }
}

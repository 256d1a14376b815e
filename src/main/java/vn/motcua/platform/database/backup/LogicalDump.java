package vn.motcua.platform.database.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * A logical dump that moves MotCua's data between PostgreSQL versions and machines: every table of the schema in
 * COPY's text format, with the sequences' positions and the schema version, in one zip. It is restored into an empty
 * database by migrating it to the same schema version (the migrations ship with MotCua), then copying the rows in.
 * It needs no client tools of the server's version, so it works for the embedded server as for an external one.
 */
final class LogicalDump {

    private static final String VERSION = "schema-version";
    private static final String TABLES = "tables.tsv";
    private static final String SEQUENCES = "sequences.tsv";

    private LogicalDump() {
    }

    /** Writes the dump from the connection's transaction (a repeatable-read snapshot); returns rows per table. */
    static Map<String, Long> export(Connection reader, Path target) throws SQLException, IOException {
        var copy = reader.unwrap(PGConnection.class).getCopyAPI();
        var rows = new LinkedHashMap<String, Long>();
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
                var zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
            put(zip, VERSION, schemaVersion(reader));
            var tables = new StringBuilder();
            for (String table : Catalog.tables(reader)) {
                List<String> columns = Catalog.columns(reader, table);
                zip.putNextEntry(new ZipEntry("data/" + table + ".copy"));
                long count = copy.copyOut("copy " + quote(table) + " (" + quoteAll(columns) + ") to stdout", zip);
                zip.closeEntry();
                rows.put(table, count);
                tables.append(table).append('\t').append(count).append('\t').append(String.join(",", columns)).append('\n');
            }
            put(zip, TABLES, tables.toString());
            var sequences = new StringBuilder();
            Catalog.sequences(reader).forEach((name, value) -> sequences.append(name).append('\t').append(value).append('\n'));
            put(zip, SEQUENCES, sequences.toString());
        }
        return rows;
    }

    /** Restores the dump into a database with no MotCua schema yet; returns rows per table. */
    static Map<String, Long> restore(Path dump, Database target) throws SQLException, IOException {
        try (var zip = new ZipFile(dump.toFile(), StandardCharsets.UTF_8)) {
            String version = read(zip, VERSION).strip();
            try (Connection connection = target.connect()) {
                if (!Catalog.tables(connection).isEmpty()) {
                    throw new BackupException("the target database is not empty: restore a logical dump into a new one");
                }
            }
            Flyway.configure().dataSource(target.url(), target.user(), target.password())
                    .locations("classpath:db/migration").target(version).load().migrate();
            var expected = new LinkedHashMap<String, Long>();
            var columns = new LinkedHashMap<String, String>();
            for (String line : read(zip, TABLES).split("\n")) {
                if (line.isBlank()) continue;
                String[] parts = line.split("\t", 3);
                expected.put(parts[0], Long.parseLong(parts[1]));
                columns.put(parts[0], parts[2]);
            }
            try (Connection connection = target.connect()) {
                connection.setAutoCommit(false);
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                var present = Catalog.tables(connection);
                for (String table : expected.keySet()) {
                    if (!present.contains(table)
                            || !String.join(",", Catalog.columns(connection, table)).equals(columns.get(table))) {
                        throw new BackupException("table " + table + " of the dump differs from schema version " + version);
                    }
                }
                try (var truncate = connection.createStatement()) {
                    truncate.execute("truncate table " + quoteAll(new ArrayList<>(expected.keySet())));
                }
                var restored = new LinkedHashMap<String, Long>();
                for (String table : Catalog.referencedFirst(connection, expected.keySet())) {
                    List<String> names = List.of(columns.get(table).split(","));
                    try (InputStream in = zip.getInputStream(entry(zip, "data/" + table + ".copy"))) {
                        long count = copy.copyIn("copy " + quote(table) + " (" + quoteAll(names) + ") from stdin", in);
                        if (count != expected.get(table)) {
                            throw new BackupException(table + ": " + count + " rows restored, the dump holds " + expected.get(table));
                        }
                        restored.put(table, count);
                    }
                }
                for (String line : read(zip, SEQUENCES).split("\n")) {
                    if (line.isBlank()) continue;
                    String[] parts = line.split("\t");
                    Catalog.setSequence(connection, parts[0], Long.parseLong(parts[1]));
                }
                connection.commit();
                return restored;
            }
        }
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select version from flyway_schema_history where success and version is not null "
                        + "order by installed_rank desc limit 1")) {
            if (!rows.next()) {
                throw new BackupException("the database has no MotCua schema");
            }
            return rows.getString(1);
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String read(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(entry(zip, name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ZipEntry entry(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new BackupException("not a MotCua logical dump (no " + name + ")");
        }
        return entry;
    }

    static String quote(String identifier) {
        if (!identifier.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new BackupException("unexpected identifier: " + identifier);
        }
        return '"' + identifier + '"';
    }

    private static String quoteAll(List<String> identifiers) {
        return String.join(", ", identifiers.stream().map(LogicalDump::quote).toList());
    }
}

package vn.motcua.platform.database.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What a restored database is checked against: for each table that must survive a restore exactly (dossiers, their
 * journal, the audit trail, the scans, citizens' papers), its row count and an MD5 of its rows in key order. Two databases with the
 * same fingerprint hold the same rows in those tables, column for column.
 */
record Fingerprint(Map<String, Table> tables) {

    /** The tables checked, with the key that orders their rows. */
    static final Map<String, String> CHECKED = checked();

    record Table(long rows, String md5) {
    }

    Fingerprint {
        tables = Map.copyOf(tables);
    }

    /** Reads the fingerprint in the connection's current transaction (its snapshot when repeatable read). */
    static Fingerprint of(Connection connection) throws SQLException {
        var tables = new LinkedHashMap<String, Table>();
        try (var zone = connection.createStatement()) {
            zone.execute("set local timezone = 'UTC'");
        }
        for (var table : CHECKED.entrySet()) {
            if (!exists(connection, table.getKey())) {
                continue; // a table of a later schema version than the backup's
            }
            String sql = "select count(*), coalesce(md5(string_agg(md5(t::text), '' order by t." + table.getValue()
                    + ")), '') from " + table.getKey() + " t";
            try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
                rows.next();
                tables.put(table.getKey(), new Table(rows.getLong(1), rows.getString(2)));
            }
        }
        return new Fingerprint(tables);
    }

    static boolean exists(Connection connection, String table) throws SQLException {
        try (var statement = connection.prepareStatement("select to_regclass(?) is not null")) {
            statement.setString(1, table);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    static Fingerprint from(Properties properties) {
        var tables = new LinkedHashMap<String, Table>();
        for (String table : CHECKED.keySet()) {
            String rows = properties.getProperty("fingerprint." + table + ".rows");
            if (rows != null) {
                tables.put(table, new Table(Long.parseLong(rows), properties.getProperty("fingerprint." + table + ".md5")));
            }
        }
        return new Fingerprint(tables);
    }

    void writeTo(Properties properties) {
        for (var table : ordered().entrySet()) {
            properties.setProperty("fingerprint." + table.getKey() + ".rows", Long.toString(table.getValue().rows()));
            properties.setProperty("fingerprint." + table.getKey() + ".md5", table.getValue().md5());
        }
    }

    /** One line per table: {@code table rows md5}, in a fixed order, so that two prints can be compared with diff. */
    String lines() {
        var out = new StringBuilder();
        ordered().forEach((name, table) -> out.append(String.format("%-20s %10d %s%n", name, table.rows(), table.md5())));
        return out.toString();
    }

    private Map<String, Table> ordered() {
        var ordered = new LinkedHashMap<String, Table>();
        CHECKED.keySet().stream().filter(tables::containsKey).forEach(t -> ordered.put(t, tables.get(t)));
        return ordered;
    }

    private static Map<String, String> checked() {
        var checked = new LinkedHashMap<String, String>();
        checked.put("dossier", "code");
        checked.put("dossier_transition", "id");
        checked.put("audit_entry", "id");
        checked.put("dossier_scan", "id");
        checked.put("held_scan", "id");
        checked.put("citizen_document", "id");
        return checked;
    }
}

package vn.motcua.platform.database.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** What a restore is checked by: the fingerprint of the checked tables and the stored files the rows refer to. */
record RestoredDatabase(Fingerprint fingerprint, Set<String> referencedFiles) {

    RestoredDatabase {
        referencedFiles = Set.copyOf(referencedFiles);
    }

    /** Reads both in one repeatable-read transaction of the connection. */
    static RestoredDatabase read(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            Fingerprint fingerprint = Fingerprint.of(connection);
            var files = new HashSet<String>();
            if (Fingerprint.exists(connection, "citizen_document")) {
                try (var statement = connection.createStatement();
                        var rows = statement.executeQuery("select distinct sha256 from citizen_document")) {
                    while (rows.next()) {
                        files.add(rows.getString(1));
                    }
                }
            }
            return new RestoredDatabase(fingerprint, files);
        } finally {
            connection.rollback();
        }
    }
}

package vn.motcua.platform.database.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * One moment of the database that both kinds of backup can be checked at. Writers of the checked tables are held
 * back for a few milliseconds while a named restore point is written to the WAL and the snapshot of that moment is
 * exported; a second connection then reads that snapshot (the fingerprint, the logical dump) with nobody held back.
 * Recovering to the restore point gives back exactly the rows the snapshot sees in the checked tables.
 */
final class ConsistentPoint implements AutoCloseable {

    private final Connection reader;
    private final String restorePointLsn;
    private final Duration writersHeld;

    private ConsistentPoint(Connection reader, String restorePointLsn, Duration writersHeld) {
        this.reader = reader;
        this.restorePointLsn = restorePointLsn;
        this.writersHeld = writersHeld;
    }

    static ConsistentPoint mark(Database database, String name) throws SQLException {
        if (!name.matches("[A-Za-z0-9_.:-]{1,60}")) {
            throw new BackupException("a restore point's name may hold letters, digits and _ . : - only");
        }
        try (Connection lock = database.connect()) {
            lock.setAutoCommit(false);
            lock.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            boolean canMark = canCreateRestorePoint(lock);
            long locking = System.nanoTime();
            try (var statement = lock.createStatement()) {
                statement.execute("lock table " + String.join(", ", Fingerprint.CHECKED.keySet()) + " in share mode");
            }
            String lsn = canMark ? single(lock, "select pg_create_restore_point('" + name + "')::text") : null;
            String snapshot = single(lock, "select pg_export_snapshot()");
            if (!snapshot.matches("[0-9A-F-]+")) {
                throw new BackupException("unexpected snapshot name " + snapshot);
            }
            Connection reader = database.connect();
            try {
                reader.setAutoCommit(false);
                reader.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                reader.setReadOnly(true);
                try (var statement = reader.createStatement()) {
                    statement.execute("set transaction snapshot '" + snapshot + "'");
                }
            } catch (SQLException e) {
                reader.close();
                throw e;
            }
            lock.commit();
            return new ConsistentPoint(reader, lsn, Duration.ofNanos(System.nanoTime() - locking));
        }
    }

    /** A connection in a read-only transaction on the snapshot of the moment. */
    Connection reader() {
        return reader;
    }

    /** How long writers of the checked tables were held back (waiting for the lock included). */
    Duration writersHeld() {
        return writersHeld;
    }

    /** Where the restore point was written; empty when the server or account cannot write one. */
    Optional<String> restorePointLsn() {
        return Optional.ofNullable(restorePointLsn);
    }

    /**
     * Closes the segment that holds the restore point and waits until it is archived, so that a recovery from the
     * archive can reach it. Returns false when the server does not archive.
     */
    static boolean archiveCurrentSegment(Database database, Duration wait) throws SQLException {
        try (Connection connection = database.connect()) {
            if (!archives(connection)) {
                return false;
            }
            String segment = single(connection, "select pg_walfile_name(pg_current_wal_lsn())");
            single(connection, "select pg_switch_wal()::text");
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                String archived = single(connection, "select coalesce(last_archived_wal, '') from pg_stat_archiver");
                if (archived.length() >= 24 && archived.substring(0, 24).compareTo(segment) >= 0) {
                    return true;
                }
                if (System.nanoTime() > deadline) {
                    throw new BackupException("WAL segment " + segment + " was not archived within " + wait.toSeconds()
                            + " s: check archive_command (pg_stat_archiver, the server log)");
                }
                try {
                    Thread.sleep(100); // polling the server's archiver, a process outside this one
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new BackupException("interrupted while waiting for the WAL archive");
                }
            }
        }
    }

    /** Whether the server archives its WAL ({@code archive_mode} on or always). */
    static boolean archives(Connection connection) throws SQLException {
        String mode = single(connection, "show archive_mode");
        return "on".equals(mode) || "always".equals(mode);
    }

    private static boolean canCreateRestorePoint(Connection connection) throws SQLException {
        return "true".equals(single(connection, "select (current_setting('wal_level') in ('replica', 'logical') "
                + "and has_function_privilege('pg_create_restore_point(text)', 'execute'))::text"));
    }

    static String single(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            reader.rollback();
        } finally {
            reader.close();
        }
    }
}

package vn.motcua.platform.database.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A base backup, the starting point of a point-in-time recovery: {@code base.tar.gz} in the backup directory. The
 * embedded cluster is read from its directory between {@code pg_backup_start} and {@code pg_backup_stop}
 * (PostgreSQL's low-level API); an external server is backed up by its own {@code pg_basebackup}, which must be of
 * the server's major version.
 */
final class PhysicalBackup {

    static final String FILE = "base.tar.gz";
    private static final Pattern START_WAL = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");

    private PhysicalBackup() {
    }

    /** Returns the name of the first WAL segment the backup needs. */
    static String lowLevel(Database database, Path dataDirectory, Path backup, String label) throws SQLException, IOException {
        try (Connection connection = database.connect()) {
            if (!ConsistentPoint.archives(connection)) {
                throw new BackupException("WAL archiving is off on the embedded server: start MotCua again once "
                        + "(it archives WAL into motcua.embedded-postgres.wal-archive) and take the backup then");
            }
            ConsistentPoint.single(connection, "select pg_backup_start('" + label + "', true)::text");
            var stopped = new LinkedHashMap<String, String>();
            try {
                TarArchive.write(dataDirectory, backup.resolve(FILE), () -> {
                    stopped.putAll(stop(connection));
                    return stopped;
                });
            } finally {
                if (stopped.isEmpty()) {
                    try (var abort = connection.createStatement()) {
                        abort.execute("select pg_backup_stop(false)");
                    } catch (SQLException alreadyStopped) {
                        // the session ended the backup itself
                    }
                }
            }
            var start = START_WAL.matcher(stopped.get("backup_label"));
            if (!start.find()) {
                throw new BackupException("unexpected backup label: " + stopped.get("backup_label"));
            }
            return start.group(1);
        }
    }

    private static Map<String, String> stop(Connection connection) throws IOException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select labelfile, spcmapfile from pg_backup_stop(true)")) {
            rows.next();
            var files = new LinkedHashMap<String, String>();
            files.put("backup_label", rows.getString(1));
            String map = rows.getString(2);
            if (map != null && !map.isBlank()) {
                files.put("tablespace_map", map);
            }
            return files;
        } catch (SQLException e) {
            throw new IOException("pg_backup_stop failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code pg_basebackup} against an external server (WAL fetched into the tar, so the backup restores on its
     * own). Returns the first WAL segment the backup may need.
     */
    static String basebackup(Database database, JdbcAddress address, Path backup, String label)
            throws SQLException, IOException, InterruptedException {
        String firstSegment;
        int major;
        try (Connection connection = database.connect()) {
            firstSegment = ConsistentPoint.single(connection, "select pg_walfile_name(pg_current_wal_lsn())");
            major = Integer.parseInt(ConsistentPoint.single(connection, "show server_version_num")) / 10000;
        }
        Path tool = ServerBinaries.forMajor(major, "pg_basebackup").resolve("pg_basebackup");
        Path work = Files.createDirectories(backup.resolve("pg_basebackup"));
        var command = new ProcessBuilder(tool.toString(), "-d", address.libpq(database.user()), "-D", work.toString(),
                "-Ft", "-z", "-X", "fetch", "-c", "fast", "-l", label, "--no-manifest")
                .redirectErrorStream(true).redirectOutput(backup.resolve("pg_basebackup.log").toFile());
        if (database.password() != null) {
            command.environment().put("PGPASSWORD", database.password());
        }
        Process process = command.start();
        if (!process.waitFor(2, TimeUnit.HOURS) || process.exitValue() != 0) {
            process.destroy();
            throw new BackupException("pg_basebackup failed: see " + backup.resolve("pg_basebackup.log"));
        }
        Files.move(work.resolve("base.tar.gz"), backup.resolve(FILE));
        Files.delete(work);
        return firstSegment;
    }
}

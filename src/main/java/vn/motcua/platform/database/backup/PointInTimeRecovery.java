package vn.motcua.platform.database.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Restores a base backup into an empty directory and replays the archived WAL up to a target: the backup's
 * {@code base.tar.gz} is unpacked, the server is told where the archive is and where to stop, and started; once it
 * has replayed and been promoted, the recovery settings are removed again and the fingerprint is read.
 */
final class PointInTimeRecovery {

    private static final Duration RECOVERY_LIMIT = Duration.ofHours(6);

    private PointInTimeRecovery() {
    }

    /**
     * @param keepArchiving the restored server archives its own WAL into the archive afterwards (a restore in
     *        place of the live cluster); a drill or an inspection copy does not
     */
    static RestoredDatabase restore(Path backup, Path target, Path archive, RecoveryTarget until, boolean keepArchiving,
            ExternalLogin login) throws IOException, SQLException, InterruptedException {
        BackupManifest manifest = BackupManifest.read(backup);
        Path base = backup.resolve(PhysicalBackup.FILE);
        if (!Files.isRegularFile(base)) {
            throw new BackupException("this backup holds no base backup (" + PhysicalBackup.FILE + ")");
        }
        requireEmpty(target);
        TarArchive.extract(base, target);
        Files.createDirectories(target.resolve("pg_wal").resolve("archive_status"));
        Files.writeString(target.resolve("recovery.signal"), "");
        String restore = WalArchiving.restoreCommand(archive);
        Files.writeString(target.resolve("postgresql.auto.conf"), "\n# recovery by ./motcua restore\nrestore_command = '"
                + restore + "'\nrecovery_target_action = 'promote'\n" + until.settings(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Map<String, String> settings = keepArchiving ? WalArchiving.serverSettings(archive, Duration.ofMinutes(5))
                : Map.of("archive_mode", "off");
        boolean embedded = "embedded".equals(manifest.get("source").orElse("embedded"));
        try (RecoveryServer server = embedded ? RecoveryServer.embedded(target, settings)
                : RecoveryServer.cluster(target, major(target), login.database(), login.user(), login.password(), settings)) {
            waitForPromotion(server.database());
            try (Connection connection = server.database().connect()) {
                try (var statement = connection.createStatement()) {
                    for (String setting : new String[] {"restore_command", "recovery_target_action", "recovery_target_name",
                            "recovery_target_time"}) {
                        statement.execute("alter system reset " + setting);
                    }
                    statement.execute("select pg_reload_conf()");
                }
                return RestoredDatabase.read(connection);
            }
        }
    }

    private static void waitForPromotion(Database database) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY_LIMIT.toNanos();
        while (true) {
            try (Connection connection = database.connect()) {
                if ("false".equals(ConsistentPoint.single(connection, "select pg_is_in_recovery()::text"))) {
                    return;
                }
            } catch (SQLException e) {
                throw new BackupException("the server stopped during recovery (is the target in the archive?): "
                        + e.getMessage(), e);
            }
            if (System.nanoTime() > deadline) {
                throw new BackupException("recovery did not end within " + RECOVERY_LIMIT.toHours() + " h");
            }
            Thread.sleep(200); // polling the server's startup process, outside this one
        }
    }

    static void requireEmpty(Path target) throws IOException {
        if (Files.exists(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new BackupException(target + " is not empty: restore into a new directory");
                }
            }
        }
    }

    private static int major(Path dataDirectory) throws IOException {
        return Integer.parseInt(Files.readString(dataDirectory.resolve("PG_VERSION")).strip());
    }

    /** The account and database of an external server, which a restored copy of it keeps. */
    record ExternalLogin(String database, String user, String password) {
    }
}

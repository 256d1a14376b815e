package vn.motcua.platform.database.backup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import vn.motcua.platform.database.backup.BackupTool.Login;

/**
 * {@code ./motcua restore}: a point-in-time recovery from the base backup and the WAL archive, or the logical dump,
 * into a new directory, in place of the embedded cluster, or into an empty external database; the stored files
 * beside it. Checked against the backup's fingerprint when restored to the backup's moment, and every stored file
 * the restored rows refer to is read back against its hash.
 */
final class RestoreCommand {

    private RestoreCommand() {
    }

    static int run(List<String> positional, Map<String, String> options, Path data, Path archive, Path files,
            Optional<String> externalUrl, Login login, PrintStream out) throws Exception {
        if (positional.size() != 1) {
            throw new BackupException("which backup? " + BackupTool.USAGE);
        }
        Path backup = Path.of(positional.getFirst()).toAbsolutePath().normalize();
        BackupManifest manifest = BackupManifest.read(backup);
        boolean replace = options.containsKey("--replace");
        Path target;
        if (options.containsKey("--to") == replace && !options.containsKey("--database-url")) {
            throw new BackupException("say where: --to NEW_DIRECTORY, or --replace for the embedded cluster in " + data);
        }
        if (replace) {
            if (externalUrl.isPresent()) {
                throw new BackupException("--replace restores the embedded cluster; restore an external server --to a "
                        + "new directory and point its service at it");
            }
            if (Database.runningPort(data).isPresent()) {
                throw new BackupException("the embedded PostgreSQL is running on " + data + ": stop MotCua first");
            }
            target = data;
            if (Files.exists(data)) {
                Path aside = data.resolveSibling(data.getFileName() + ".replaced-"
                        + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now(BackupTool.OFFICE_ZONE)));
                Files.move(data, aside);
                out.println("the cluster it replaces is kept in " + aside);
            }
        } else {
            target = options.containsKey("--to") ? Path.of(options.get("--to")).toAbsolutePath().normalize() : null;
        }
        long started = System.nanoTime();
        RestoredDatabase restored;
        if (options.containsKey("--logical")) {
            restored = LogicalRestore.run(backup, target, options.get("--database-url"), login, manifest);
        } else {
            RecoveryTarget until = options.containsKey("--at-backup") ? RecoveryTarget.named(manifest.require("restore-point"))
                    : options.containsKey("--at") ? RecoveryTarget.named(options.get("--at"))
                    : options.containsKey("--until") ? RecoveryTarget.until(options.get("--until"), BackupTool.OFFICE_ZONE)
                    : RecoveryTarget.latest();
            var external = externalUrl.map(url -> new PointInTimeRecovery.ExternalLogin(JdbcAddress.parse(url).database(),
                    login.user(), login.password())).orElse(null);
            restored = PointInTimeRecovery.restore(backup, target, archive, until, replace, external);
        }
        out.printf("restored into %s in %.1f s%n", target == null ? options.get("--database-url") : target,
                (System.nanoTime() - started) / 1e9);
        out.print(restored.fingerprint().lines());
        Path filesTarget = options.containsKey("--files-to") ? Path.of(options.get("--files-to")).toAbsolutePath().normalize()
                : replace || target == null ? files : target.resolveSibling(target.getFileName() + "-files");
        boolean filesComplete = StoredFiles.restore(backup, manifest, filesTarget, replace, restored.referencedFiles(), out);
        boolean atBackup = options.containsKey("--logical") || options.containsKey("--at-backup");
        if (!filesComplete) {
            return 1;
        }
        if (atBackup && !restored.fingerprint().equals(manifest.fingerprint())) {
            out.println("MISMATCH: the restored dossiers, journal, audit or scans differ from the backup's fingerprint:");
            out.print(manifest.fingerprint().lines());
            return 1;
        }
        if (atBackup) {
            out.println("match: dossiers, journal, audit and scans are as at the backup");
        }
        return 0;
    }

    /** A fresh embedded cluster at a directory, or an empty external database, filled from the logical dump. */
    static final class LogicalRestore {

        private LogicalRestore() {
        }

        static RestoredDatabase run(Path backup, Path target, String databaseUrl, Login login, BackupManifest manifest)
                throws Exception {
            Path dump = backup.resolve(manifest.require("logical"));
            if (databaseUrl != null) {
                try (Database database = Database.external(databaseUrl, login.user(), login.password())) {
                    LogicalDump.restore(dump, database);
                    return read(database);
                }
            }
            PointInTimeRecovery.requireEmpty(target);
            Files.createDirectories(target);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(target).setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "localhost").start();
            try (Database database = Database.started(postgres, target)) {
                try (Connection admin = postgres.getPostgresDatabase().getConnection(); var create = admin.createStatement()) {
                    create.execute("create database " + Database.EMBEDDED_DATABASE + " encoding 'UTF8' template template0");
                }
                LogicalDump.restore(dump, database);
                return read(database);
            }
        }

        private static RestoredDatabase read(Database database) throws Exception {
            try (Connection connection = database.connect()) {
                return RestoredDatabase.read(connection);
            }
        }
    }
}

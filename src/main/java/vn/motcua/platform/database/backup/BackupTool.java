package vn.motcua.platform.database.backup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.LoggerFactory;

/**
 * {@code ./motcua backup}, {@code ./motcua restore} and {@code ./motcua fingerprint}: backups of the embedded
 * PostgreSQL (under {@code data/postgres}, WAL archived into {@code data/wal-archive}) or of the external server named
 * by {@code SPRING_DATASOURCE_URL}. Runs without the application (Spring is not started), beside a running one.
 */
public final class BackupTool {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Set<String> FLAGS = Set.of("--at-backup", "--logical", "--replace");
    private static final String USAGE = """
            usage:
              ./motcua backup [--into DIR] [--keep N]
              ./motcua restore BACKUP (--to DIR | --replace) [--at-backup | --at NAME | --until 2026-12-04T10:15:00]
              ./motcua restore BACKUP --logical (--to DIR | --replace | --database-url URL)
              ./motcua fingerprint [--mark NAME]
            embedded PostgreSQL: --data DIR (data/postgres), --archive DIR (data/wal-archive)
            external PostgreSQL: SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD""";

    private BackupTool() {
    }

    public static void main(String[] args) {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        PrintStream out = System.out;
        try {
            System.exit(run(args, System.getenv(), out));
        } catch (BackupException e) {
            System.err.println("motcua: " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println("motcua: " + e);
            System.exit(1);
        }
    }

    /** Runs one command; {@code env} gives SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD for an external server. */
    static int run(String[] args, Map<String, String> env, PrintStream out) throws Exception {
        if (args.length == 0) {
            out.println(USAGE);
            return 2;
        }
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (FLAGS.contains(args[i])) {
                options.put(args[i], "");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else if (args[i].startsWith("--")) {
                throw new BackupException("unknown option or missing value: " + args[i] + "\n" + USAGE);
            } else {
                positional.add(args[i]);
            }
        }
        Path data = Path.of(options.getOrDefault("--data", "data/postgres")).toAbsolutePath().normalize();
        Path archive = Path.of(options.getOrDefault("--archive", "data/wal-archive")).toAbsolutePath().normalize();
        Optional<String> externalUrl = Optional.ofNullable(env.get("SPRING_DATASOURCE_URL")).filter(s -> !s.isBlank());
        var login = new Login(env.get("SPRING_DATASOURCE_USERNAME"), env.get("SPRING_DATASOURCE_PASSWORD"));
        return switch (args[0]) {
            case "backup" -> backup(options, data, archive, externalUrl, login, out);
            case "restore" -> restore(positional, options, data, archive, externalUrl, login, out);
            case "fingerprint" -> fingerprint(options, data, archive, externalUrl, login, out);
            default -> {
                out.println(USAGE);
                yield 2;
            }
        };
    }

    private static int backup(Map<String, String> options, Path data, Path archive, Optional<String> externalUrl,
            Login login, PrintStream out) throws Exception {
        Path into = Path.of(options.getOrDefault("--into", "backups")).toAbsolutePath().normalize();
        int keep = Integer.parseInt(options.getOrDefault("--keep", "7"));
        if (keep < 1 || keep > 1000) {
            throw new BackupException("--keep takes 1 to 1000");
        }
        try (Database database = open(data, archive, externalUrl, login)) {
            Backups.take(database, into, externalUrl.map(JdbcAddress::parse), Clock.systemUTC(), out);
        }
        Backups.prune(into, keep, externalUrl.isPresent() ? Optional.empty() : Optional.of(archive), out);
        return 0;
    }

    private static int restore(List<String> positional, Map<String, String> options, Path data, Path archive,
            Optional<String> externalUrl, Login login, PrintStream out) throws Exception {
        if (positional.size() != 1) {
            throw new BackupException("which backup? " + USAGE);
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
                        + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now(OFFICE_ZONE)));
                Files.move(data, aside);
                out.println("the cluster it replaces is kept in " + aside);
            }
        } else {
            target = options.containsKey("--to") ? Path.of(options.get("--to")).toAbsolutePath().normalize() : null;
        }
        long started = System.nanoTime();
        Fingerprint restored;
        if (options.containsKey("--logical")) {
            restored = LogicalRestore.run(backup, target, options.get("--database-url"), login, manifest);
        } else {
            RecoveryTarget until = options.containsKey("--at-backup") ? RecoveryTarget.named(manifest.require("restore-point"))
                    : options.containsKey("--at") ? RecoveryTarget.named(options.get("--at"))
                    : options.containsKey("--until") ? RecoveryTarget.until(options.get("--until"), OFFICE_ZONE)
                    : RecoveryTarget.latest();
            var external = externalUrl.map(url -> new PointInTimeRecovery.ExternalLogin(JdbcAddress.parse(url).database(),
                    login.user(), login.password())).orElse(null);
            restored = PointInTimeRecovery.restore(backup, target, archive, until, replace, external);
        }
        out.printf("restored into %s in %.1f s%n", target == null ? options.get("--database-url") : target,
                (System.nanoTime() - started) / 1e9);
        out.print(restored.lines());
        boolean atBackup = options.containsKey("--logical") || options.containsKey("--at-backup");
        if (atBackup && !restored.equals(manifest.fingerprint())) {
            out.println("MISMATCH: the restored dossiers, journal, audit or scans differ from the backup's fingerprint:");
            out.print(manifest.fingerprint().lines());
            return 1;
        }
        if (atBackup) {
            out.println("match: dossiers, journal, audit and scans are as at the backup");
        }
        return 0;
    }

    private static int fingerprint(Map<String, String> options, Path data, Path archive, Optional<String> externalUrl,
            Login login, PrintStream out) throws Exception {
        try (Database database = open(data, archive, externalUrl, login)) {
            String mark = options.get("--mark");
            if (mark == null) {
                try (Connection connection = database.connect()) {
                    connection.setAutoCommit(false);
                    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                    out.print(Fingerprint.of(connection).lines());
                    connection.rollback();
                }
                return 0;
            }
            try (var point = ConsistentPoint.mark(database, mark)) {
                if (point.restorePointLsn().isEmpty()) {
                    throw new BackupException("this server or account cannot write restore points");
                }
                out.print(Fingerprint.of(point.reader()).lines());
            }
            ConsistentPoint.archiveCurrentSegment(database, Duration.ofMinutes(2));
            return 0;
        }
    }

    private static Database open(Path data, Path archive, Optional<String> externalUrl, Login login) throws Exception {
        if (externalUrl.isPresent()) {
            return Database.external(externalUrl.get(), login.user(), login.password());
        }
        return Database.embedded(data, archive);
    }

    /** The account for an external server. */
    record Login(String user, String password) {
    }

    /** A fresh embedded cluster at a directory, or an empty external database, filled from the logical dump. */
    static final class LogicalRestore {

        private LogicalRestore() {
        }

        static Fingerprint run(Path backup, Path target, String databaseUrl, Login login, BackupManifest manifest)
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

        private static Fingerprint read(Database database) throws Exception {
            try (Connection connection = database.connect()) {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                Fingerprint fingerprint = Fingerprint.of(connection);
                connection.rollback();
                return fingerprint;
            }
        }
    }
}

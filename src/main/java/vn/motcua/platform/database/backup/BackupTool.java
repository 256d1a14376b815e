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

    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Set<String> FLAGS = Set.of("--at-backup", "--logical", "--replace");
    static final String USAGE = """
            usage:
              ./motcua backup [--into DIR] [--keep N]
              ./motcua restore BACKUP (--to DIR | --replace) [--at-backup | --at NAME | --until 2026-12-04T10:15:00]
              ./motcua restore BACKUP --logical (--to DIR | --replace | --database-url URL)
              ./motcua fingerprint [--mark NAME]
            embedded PostgreSQL: --data DIR (data/postgres), --archive DIR (data/wal-archive); stored files: --files DIR
            (data/files; a restore --to DIR puts them in DIR-files unless --files-to DIR)
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
        Path files = Path.of(options.getOrDefault("--files", "data/files")).toAbsolutePath().normalize();
        Optional<String> externalUrl = Optional.ofNullable(env.get("SPRING_DATASOURCE_URL")).filter(s -> !s.isBlank());
        var login = new Login(env.get("SPRING_DATASOURCE_USERNAME"), env.get("SPRING_DATASOURCE_PASSWORD"));
        return switch (args[0]) {
            case "backup" -> backup(options, data, archive, files, externalUrl, login, out);
            case "restore" -> RestoreCommand.run(positional, options, data, archive, files, externalUrl, login, out);
            case "fingerprint" -> fingerprint(options, data, archive, externalUrl, login, out);
            default -> {
                out.println(USAGE);
                yield 2;
            }
        };
    }

    private static int backup(Map<String, String> options, Path data, Path archive, Path files, Optional<String> externalUrl,
            Login login, PrintStream out) throws Exception {
        Path into = Path.of(options.getOrDefault("--into", "backups")).toAbsolutePath().normalize();
        int keep = Integer.parseInt(options.getOrDefault("--keep", "7"));
        if (keep < 1 || keep > 1000) {
            throw new BackupException("--keep takes 1 to 1000");
        }
        try (Database database = open(data, archive, externalUrl, login)) {
            Backups.take(database, into, files, externalUrl.map(JdbcAddress::parse), Clock.systemUTC(), out);
        }
        Backups.prune(into, keep, externalUrl.isPresent() ? Optional.empty() : Optional.of(archive), out);
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

    static Database open(Path data, Path archive, Optional<String> externalUrl, Login login) throws Exception {
        if (externalUrl.isPresent()) {
            return Database.external(externalUrl.get(), login.user(), login.password());
        }
        return Database.embedded(data, archive);
    }

    /** The account for an external server. */
    record Login(String user, String password) {
    }
}

package vn.motcua.platform.database.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import vn.motcua.platform.files.ContentStore;

/**
 * The backup drill on a real embedded cluster with WAL archiving, through the same commands an operator types: a
 * base backup and a logical dump taken while rows are written, restored into fresh directories to the backup's
 * moment, to a later named point and to the end of the archive, each checked against the source's fingerprint of
 * dossiers, journal, audit and scans.
 */
@Tag("integration")
class BackupRestoreIT {

    static Path root;
    static Path data;
    static Path archive;
    static Path backups;
    static Path files;
    static ContentStore store;
    static EmbeddedPostgres source;
    static final Random random = new Random(19);

    @BeforeAll
    static void startAClusterWithHistory() throws Exception {
        root = Files.createDirectories(Path.of("target", "backup-it", UUID.randomUUID().toString())).toAbsolutePath();
        data = root.resolve("data/postgres");
        archive = Files.createDirectories(root.resolve("data/wal-archive"));
        backups = root.resolve("backups");
        files = root.resolve("data/files");
        store = new ContentStore(files);
        var builder = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "localhost");
        WalArchiving.serverSettings(archive, Duration.ofMinutes(5)).forEach(builder::setServerConfig);
        source = builder.start();
        try (Connection admin = source.getPostgresDatabase().getConnection(); var create = admin.createStatement()) {
            create.execute("create database motcua encoding 'UTF8' template template0");
        }
        Flyway.configure().dataSource(source.getJdbcUrl("postgres", "motcua"), "postgres", null)
                .locations("classpath:db/migration").load().migrate();
        write(40);
        papers(3);
    }

    @AfterAll
    static void stop() throws Exception {
        if (source != null) source.close();
        Backups.deleteTree(root);
    }

    @Test
    void a_backup_taken_while_dossiers_are_written_restores_exactly_and_replays_to_any_later_point() throws Exception {
        String taken = tool("backup", "--into", backups.toString());
        assertThat(taken).contains("base backup", "logical dump", "taken in");
        Path backup = onlyBackup();
        write(25);
        String end = tool("fingerprint", "--mark", "it-end");
        write(5);
        // the end of the archive is the last segment archived: marking a point closes the current one
        String last = tool("fingerprint", "--mark", "it-last");

        String atBackup = tool("restore", backup.toString(), "--to", root.resolve("at-backup").toString(), "--at-backup");
        assertThat(atBackup).contains("match: dossiers, journal, audit and scans are as at the backup");
        assertThat(fingerprintLines(atBackup)).contains("dossier                      40 ", "citizen_document              3 ");
        assertThat(atBackup).contains("3 named by the rows, 0 missing, 0 changed");
        assertThat(root.resolve("at-backup-files")).isDirectory();

        String atMark = tool("restore", backup.toString(), "--to", root.resolve("at-mark").toString(), "--at", "it-end");
        assertThat(fingerprintLines(atMark)).isEqualTo(end).contains("dossier                      65 ");

        String latest = tool("restore", backup.toString(), "--to", root.resolve("latest").toString());
        assertThat(fingerprintLines(latest)).isEqualTo(last).contains("dossier                      70 ");

        String logical = tool("restore", backup.toString(), "--logical", "--to", root.resolve("logical").toString());
        assertThat(logical).contains("match: dossiers, journal, audit and scans are as at the backup");
    }

    @Test
    void a_restore_that_differs_from_the_backup_is_reported_not_passed() throws Exception {
        tool("backup", "--into", root.resolve("tampered").toString());
        Path backup;
        try (Stream<Path> list = Files.list(root.resolve("tampered"))) {
            backup = list.findFirst().orElseThrow();
        }
        Path manifest = backup.resolve(BackupManifest.FILE);
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("(fingerprint\\.audit_entry\\.md5=)\\w", "$1x"));
        var out = new ByteArrayOutputStream();
        int status = BackupTool.run(new String[] {"restore", backup.toString(), "--logical", "--to",
                root.resolve("tampered-restore").toString(), "--data", data.toString(), "--archive", archive.toString(),
                "--files", files.toString()},
                Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("MISMATCH");
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
    void the_logical_dump_moves_the_data_to_the_external_server_and_its_version() throws Exception {
        tool("backup", "--into", root.resolve("moving").toString());
        Path backup;
        try (Stream<Path> list = Files.list(root.resolve("moving"))) {
            backup = list.findFirst().orElseThrow();
        }
        String url = System.getenv("SPRING_DATASOURCE_URL");
        String database = "motcua_restore_" + Math.abs(random.nextInt());
        var login = Map.of("SPRING_DATASOURCE_USERNAME", env("SPRING_DATASOURCE_USERNAME"),
                "SPRING_DATASOURCE_PASSWORD", env("SPRING_DATASOURCE_PASSWORD"));
        var server = Database.external(url, login.get("SPRING_DATASOURCE_USERNAME"), login.get("SPRING_DATASOURCE_PASSWORD"));
        try (Connection connection = server.connect(); var statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        try {
            String target = url.replaceFirst("/[A-Za-z0-9_]+(\\?.*)?$", "/" + database);
            var out = new ByteArrayOutputStream();
            int status = BackupTool.run(new String[] {"restore", backup.toString(), "--logical", "--database-url", target,
                            "--files-to", root.resolve("moved-files").toString()},
                    login, new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("match: dossiers");
            assertThat(status).isZero();
        } finally {
            try (Connection connection = server.connect(); var statement = connection.createStatement()) {
                statement.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    private static String env(String name) {
        return System.getenv(name) == null ? "" : System.getenv(name);
    }

    private static String tool(String... args) throws Exception {
        var all = Stream.concat(Stream.of(args), Stream.of("--data", data.toString(), "--archive", archive.toString(),
                        "--files", files.toString()))
                .toArray(String[]::new);
        var out = new ByteArrayOutputStream();
        int status = BackupTool.run(all, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed).isZero();
        return printed;
    }

    private static String fingerprintLines(String printed) {
        return String.join("", printed.lines().filter(l -> Fingerprint.CHECKED.keySet().stream()
                .anyMatch(t -> l.startsWith(t + " "))).map(l -> l + System.lineSeparator()).toList());
    }

    private static Path onlyBackup() throws Exception {
        try (Stream<Path> list = Files.list(backups)) {
            return list.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    /** A citizen with papers in the content store, as the citizen's document store keeps them. */
    private static void papers(int count) throws Exception {
        try (Connection connection = source.getDatabase("postgres", "motcua").getConnection()) {
            UUID account = UUID.randomUUID();
            try (var insert = connection.prepareStatement("insert into citizen_account (id, issuer, subject, personal_id_number, "
                    + "full_name, created_at, last_signed_in_at) values (?, 'http://idp', ?, '001090012345', 'Nguyễn Văn An', "
                    + "timestamptz '2026-12-02 03:00Z', timestamptz '2026-12-02 03:00Z')")) {
                insert.setObject(1, account);
                insert.setString(2, account.toString());
                insert.execute();
            }
            for (int i = 0; i < count; i++) {
                byte[] pdf = ("%PDF-1.7 paper " + i + " " + random.nextLong()).getBytes(StandardCharsets.US_ASCII);
                var stored = store.put(new ByteArrayInputStream(pdf), 1 << 20);
                try (var insert = connection.prepareStatement("insert into citizen_document (id, account_id, sha256, size_bytes, "
                        + "content_type, file_name, kind, origin, added_at) values (?, ?, ?, ?, 'application/pdf', 'giay.pdf', "
                        + "'Giấy khai sinh', 'UPLOADED', timestamptz '2026-12-02 03:00Z')")) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, account);
                    insert.setString(3, stored.sha256());
                    insert.setLong(4, stored.size());
                    insert.execute();
                }
            }
        }
    }

    /** Dossiers with a transition, an audit entry and a scan each, as an acceptance writes them. */
    private static void write(int dossiers) throws Exception {
        try (Connection connection = source.getDatabase("postgres", "motcua").getConnection()) {
            for (int i = 0; i < dossiers; i++) {
                String code = "H99.01-261202-" + String.format("%04d", random.nextInt(10_000)) + "-" + UUID.randomUUID();
                try (var insert = connection.prepareStatement("""
                        insert into dossier (code, office_code, competent_office, procedure_code, field, status, received_at,
                            due_at, promised_at, data)
                        values (?, 'H99.01', 'H99.01', '1.004873', 'Hộ tịch', 'RECEIVED', timestamp '2026-12-02 10:00',
                            timestamp '2026-12-04 10:00', timestamp '2026-12-04 10:00',
                            jsonb_build_object('intake', jsonb_build_object('applicant', jsonb_build_object('name', 'Nguyễn Văn An'))))
                        """)) {
                    insert.setString(1, code.substring(0, Math.min(60, code.length())));
                    insert.execute();
                }
                String stored = code.substring(0, Math.min(60, code.length()));
                try (var transition = connection.prepareStatement("insert into dossier_transition (dossier_code, action, "
                        + "to_status, actor, at) values (?, 'ACCEPT', 'RECEIVED', 'tiepnhan.01', timestamp '2026-12-02 10:00')")) {
                    transition.setString(1, stored);
                    transition.execute();
                }
                try (var audit = connection.prepareStatement("insert into audit_entry (occurred_at, actor, office_code, action, "
                        + "subject) values (timestamptz '2026-12-02 03:00Z', 'tiepnhan.01', 'H99.01', 'dossier.accepted', ?)")) {
                    audit.setString(1, "dossier:" + stored);
                    audit.execute();
                }
                byte[] scan = new byte[2048 + random.nextInt(4096)];
                random.nextBytes(scan);
                try (var insert = connection.prepareStatement("insert into dossier_scan (id, dossier_code, file_name, "
                        + "content_type, size_bytes, content) values (?, ?, 'to-khai.pdf', 'application/pdf', ?, ?)")) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, stored);
                    insert.setInt(3, scan.length);
                    insert.setBytes(4, scan);
                    insert.execute();
                }
            }
        }
    }
}

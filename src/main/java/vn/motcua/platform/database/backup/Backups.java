package vn.motcua.platform.database.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Taking a backup: a directory named after its moment with the base backup, the logical dump, the stored files and
 * the manifest;
 * older backups beyond the number kept are removed, with the archived WAL no kept backup needs.
 */
final class Backups {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Duration ARCHIVE_WAIT = Duration.ofMinutes(2);

    private Backups() {
    }

    /** @param external the address of an external server, for its {@code pg_basebackup}; empty for the embedded one */
    static Path take(Database database, Path into, Path files, Optional<JdbcAddress> external, Clock clock,
            PrintStream out) throws IOException, SQLException, InterruptedException {
        String label = "motcua-" + NAME.format(clock.instant().atZone(ZoneId.systemDefault()));
        Path backup = into.resolve(label.substring("motcua-".length()));
        if (Files.exists(backup)) {
            throw new BackupException(backup + " exists already");
        }
        Files.createDirectories(backup);
        long started = System.nanoTime();
        var manifest = BackupManifest.empty().with("label", label).with("taken-at", clock.instant().toString());
        try (Connection connection = database.connect()) {
            manifest.with("postgres-version", ConsistentPoint.single(connection, "show server_version"));
        }
        String firstSegment;
        if (database.dataDirectory().isPresent()) {
            manifest.with("source", "embedded");
            firstSegment = PhysicalBackup.lowLevel(database, database.dataDirectory().get(), backup, label);
        } else {
            manifest.with("source", "external");
            firstSegment = PhysicalBackup.basebackup(database, external.orElseThrow(), backup, label);
        }
        manifest.with("base", PhysicalBackup.FILE).with("start-wal", firstSegment);
        out.printf("base backup     %s (%s)%n", backup.resolve(PhysicalBackup.FILE), size(backup.resolve(PhysicalBackup.FILE)));
        try (var point = ConsistentPoint.mark(database, label)) {
            point.restorePointLsn().ifPresent(lsn -> manifest.with("restore-point", label).with("restore-point-lsn", lsn));
            out.printf("restore point   %s, writers held back %d ms%n", point.restorePointLsn().orElse("none (not allowed)"),
                    point.writersHeld().toMillis());
            Fingerprint fingerprint = Fingerprint.of(point.reader());
            manifest.with(fingerprint);
            var rows = LogicalDump.export(point.reader(), backup.resolve("logical.zip"));
            manifest.with("logical", "logical.zip").with("logical-rows", Long.toString(rows.values().stream()
                    .mapToLong(Long::longValue).sum()));
            out.printf("logical dump    %s (%s, %d tables)%n", backup.resolve("logical.zip"),
                    size(backup.resolve("logical.zip")), rows.size());
            out.print(fingerprint.lines());
        }
        long stored = StoredFiles.backUp(files, backup);
        if (stored >= 0) {
            manifest.with("files", StoredFiles.FILE).with("files-count", Long.toString(stored));
            out.printf("stored files    %s (%s, %d files)%n", backup.resolve(StoredFiles.FILE),
                    size(backup.resolve(StoredFiles.FILE)), stored);
        }
        boolean archived = ConsistentPoint.archiveCurrentSegment(database, ARCHIVE_WAIT);
        manifest.with("restore-point-archived", Boolean.toString(archived));
        manifest.write(backup);
        out.printf("backup %s taken in %.1f s%s%n", backup, (System.nanoTime() - started) / 1e9,
                archived ? "" : " (the server does not archive WAL: no point-in-time recovery after the base backup)");
        return backup;
    }

    /** Keeps the newest backups in the directory and removes archived WAL older than the oldest one kept needs. */
    static void prune(Path into, int keep, Optional<Path> archive, PrintStream out) throws IOException {
        List<Path> backups;
        try (Stream<Path> list = Files.list(into)) {
            backups = list.filter(p -> p.getFileName().toString().matches("\\d{8}-\\d{6}"))
                    .filter(p -> Files.isRegularFile(p.resolve(BackupManifest.FILE)))
                    .sorted(Comparator.reverseOrder()).toList();
        }
        for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            deleteTree(old);
            out.println("removed old backup " + old);
        }
        if (archive.isEmpty() || backups.isEmpty()) {
            return;
        }
        String oldestNeeded = BackupManifest.read(backups.get(Math.min(keep, backups.size()) - 1)).require("start-wal");
        int removed = 0;
        try (Stream<Path> segments = Files.list(archive.get())) {
            for (Path segment : segments.toList()) {
                String name = segment.getFileName().toString();
                // as pg_archivecleanup: compare past the timeline, keep timeline history files
                if (name.matches("[0-9A-F]{24}(\\.partial|\\.[0-9A-F]{8}\\.backup)?")
                        && name.substring(8, 24).compareTo(oldestNeeded.substring(8)) < 0) {
                    Files.delete(segment);
                    removed++;
                }
            }
        }
        if (removed > 0) {
            out.println("removed " + removed + " archived WAL files older than " + oldestNeeded);
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static String size(Path file) throws IOException {
        long bytes = Files.size(file);
        return bytes >= 1 << 20 ? String.format("%.1f MB", bytes / 1048576.0) : String.format("%.1f kB", bytes / 1024.0);
    }
}

package vn.motcua.platform.database.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A PostgreSQL data directory as a {@code .tar.gz}, read while the server runs in backup mode, and back. What
 * PostgreSQL's documentation on the low-level backup API says to leave out is left out: the WAL (the archive has it),
 * the server's lock and option files, and the contents of directories the server empties at start; those
 * directories themselves are kept, as the server needs them.
 */
final class TarArchive {

    /** Directories whose files are not backed up (their subdirectories are kept, empty). */
    private static final Set<String> CONTENT_EXCLUDED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    /** Files of the data directory's top level that are not backed up. */
    private static final Set<String> FILES_EXCLUDED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "backup_label", "tablespace_map", "recovery.signal", "standby.signal", "backup_label.old");
    private static final int BUFFER = 1 << 16;

    private TarArchive() {
    }

    /**
     * Writes the data directory into a gzipped tar; files that change or vanish while read are taken as they are.
     * The files {@code last} gives once the directory is read (the backup label) are added at the end.
     */
    static void write(Path dataDirectory, Path target, LastFiles last) throws IOException {
        write(dataDirectory, target, TarArchive::excluded, last);
    }

    /** Writes a directory tree into a gzipped tar, leaving out what {@code skip} says (relative path, is a directory). */
    static void write(Path dataDirectory, Path target, Skip skip, LastFiles last) throws IOException {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(target), BUFFER);
                var gzip = new GZIPOutputStream(file, BUFFER);
                var tar = new TarArchiveOutputStream(gzip)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(dataDirectory)) {
                paths = walk.filter(p -> !p.equals(dataDirectory)).sorted().toList();
            }
            for (Path path : paths) {
                Path relative = dataDirectory.relativize(path);
                if (skip.test(relative, Files.isDirectory(path))) {
                    continue;
                }
                if (Files.isDirectory(path)) {
                    var entry = new TarArchiveEntry(path.toFile(), relative + "/");
                    entry.setMode(040700);
                    tar.putArchiveEntry(entry);
                    tar.closeArchiveEntry();
                } else if (Files.isRegularFile(path)) {
                    addFile(tar, path, relative.toString());
                }
            }
            for (var extra : last.files().entrySet()) {
                byte[] content = extra.getValue().getBytes(StandardCharsets.UTF_8);
                var entry = new TarArchiveEntry(extra.getKey());
                entry.setSize(content.length);
                entry.setMode(0600);
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
    }

    /** What a tree's archive leaves out. */
    @FunctionalInterface
    interface Skip {
        boolean test(Path relative, boolean directory);
    }

    /** Files whose content is known only once the data directory has been read. */
    @FunctionalInterface
    interface LastFiles {
        Map<String, String> files() throws IOException;
    }

    /** Adds a file as long as it was when opened: a file that grows is cut there, one that shrinks is padded. */
    private static void addFile(TarArchiveOutputStream tar, Path path, String name) throws IOException {
        InputStream in;
        long size;
        try {
            in = Files.newInputStream(path);
            size = Files.size(path);
        } catch (NoSuchFileException vanished) {
            return; // a relation dropped during the backup: the WAL replays the drop
        }
        try (in) {
            var entry = new TarArchiveEntry(name);
            entry.setSize(size);
            entry.setMode(0600);
            entry.setModTime(Files.getLastModifiedTime(path).toMillis());
            tar.putArchiveEntry(entry);
            byte[] buffer = new byte[BUFFER];
            long left = size;
            int read;
            while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                tar.write(buffer, 0, read);
                left -= read;
            }
            Arrays.fill(buffer, (byte) 0);
            while (left > 0) {
                int n = (int) Math.min(buffer.length, left);
                tar.write(buffer, 0, n);
                left -= n;
            }
            tar.closeArchiveEntry();
        }
    }

    static boolean excluded(Path relative, boolean directory) {
        String top = relative.getName(0).toString();
        if (relative.getNameCount() == 1) {
            return !directory && FILES_EXCLUDED.contains(top);
        }
        if (!directory && CONTENT_EXCLUDED.contains(top)) {
            return true;
        }
        String name = relative.getFileName().toString();
        return name.equals("pg_internal.init") || relative.toString().contains("pgsql_tmp");
    }

    /** Unpacks a gzipped tar into an empty directory, which is made private to its owner as PostgreSQL requires. */
    static void extract(Path archive, Path target) throws IOException {
        Files.createDirectories(target);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
        Path root = target.toAbsolutePath().normalize();
        try (InputStream file = new BufferedInputStream(Files.newInputStream(archive), BUFFER);
                var gzip = new GZIPInputStream(file, BUFFER);
                var tar = new TarArchiveInputStream(gzip)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = root.resolve(entry.getName()).normalize();
                if (!path.startsWith(root)) {
                    throw new BackupException("the archive names a file outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
                } else if (entry.isFile()) {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
                } else if (entry.isSymbolicLink()) {
                    throw new BackupException("tablespaces outside the data directory are not supported: " + entry.getName());
                }
            }
        }
    }
}

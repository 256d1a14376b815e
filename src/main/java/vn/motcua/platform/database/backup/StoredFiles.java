package vn.motcua.platform.database.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The content store's files ({@code data/files}: uploads named by their SHA-256) as {@code files.tar.gz} in a
 * backup. Taken after the database's checked moment: a file is stored before the row that names it commits, so every
 * row in the backup finds its file. A restore reads back every file the restored rows name against its hash.
 */
final class StoredFiles {

    static final String FILE = "files.tar.gz";

    private StoredFiles() {
    }

    /** Archives the store; returns the number of files, or -1 when there is no store yet. */
    static long backUp(Path store, Path backup) throws IOException {
        if (!Files.isDirectory(store)) {
            return -1;
        }
        TarArchive.write(store, backup.resolve(FILE), (relative, directory) -> relative.getName(0).toString().equals("tmp"),
                Map::of);
        try (Stream<Path> walk = Files.walk(store)) {
            return walk.filter(Files::isRegularFile).filter(p -> !store.relativize(p).getName(0).toString().equals("tmp"))
                    .count();
        }
    }

    /** Unpacks the backup's files into the target and checks the referenced ones; false when any is missing or changed. */
    static boolean restore(Path backup, BackupManifest manifest, Path target, boolean replace, Set<String> referenced,
            PrintStream out) throws IOException {
        if (manifest.get("files").isEmpty()) {
            if (!referenced.isEmpty()) {
                out.println("MISSING: the restored rows name " + referenced.size() + " stored files; this backup holds none");
                return false;
            }
            return true;
        }
        if (replace && Files.exists(target)) {
            Path aside = target.resolveSibling(target.getFileName() + ".replaced-" + System.currentTimeMillis());
            Files.move(target, aside);
            out.println("the files it replaces are kept in " + aside);
        }
        if (Files.exists(target) && !replace) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new BackupException("the stored files' directory " + target + " is not empty: name a new one "
                            + "with --files-to DIR");
                }
            }
        }
        TarArchive.extract(backup.resolve(FILE), target);
        int missing = 0;
        int changed = 0;
        for (String sha256 : referenced) {
            Path file = target.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
            if (!Files.isRegularFile(file)) {
                missing++;
            } else if (!sha256.equals(hash(file))) {
                changed++;
            }
        }
        out.printf("files           %s: %s in the backup, %d named by the rows, %d missing, %d changed%n", target,
                manifest.get("files-count").orElse("?"), referenced.size(), missing, changed);
        return missing == 0 && changed == 0;
    }

    private static String hash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                sha.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

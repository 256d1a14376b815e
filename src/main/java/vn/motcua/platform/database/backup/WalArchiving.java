package vn.motcua.platform.database.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server settings that archive every finished WAL segment of the embedded PostgreSQL into a directory, for
 * point-in-time recovery from a base backup. A segment is copied under a temporary name and renamed, and never
 * overwritten, so a crash in the middle of archiving leaves no truncated file behind.
 */
public final class WalArchiving {

    private WalArchiving() {
    }

    /** The settings for {@code postgres -c}; the archive directory must already exist. */
    public static Map<String, String> serverSettings(Path archive, Duration timeout) {
        String directory = archive.toAbsolutePath().normalize().toString();
        if (!directory.matches("[A-Za-z0-9_./+@:-]+")) {
            throw new IllegalArgumentException("The WAL archive's path may hold letters, digits and _ . / + @ : - only: "
                    + directory);
        }
        var settings = new LinkedHashMap<String, String>();
        settings.put("wal_level", "replica");
        settings.put("archive_mode", "on");
        // pg_ctl hands these options to the server through the shell: the command is one quoted word
        settings.put("archive_command", "'test ! -f " + directory + "/%f && cp %p " + directory + "/%f.part && mv "
                + directory + "/%f.part " + directory + "/%f'");
        settings.put("archive_timeout", Long.toString(Math.max(timeout.toSeconds(), 30)));
        return settings;
    }

    /** The command recovery uses to read archived segments back. */
    static String restoreCommand(Path archive) {
        String directory = archive.toAbsolutePath().normalize().toString();
        return "cp " + directory + "/%f %p";
    }
}

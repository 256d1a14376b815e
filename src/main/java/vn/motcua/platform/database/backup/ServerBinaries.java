package vn.motcua.platform.database.backup;

import java.nio.file.Files;
import java.nio.file.Path;

/** Debian's PostgreSQL programs of one major version ({@code /usr/lib/postgresql/N/bin}), or another directory. */
final class ServerBinaries {

    private ServerBinaries() {
    }

    /** The directory holding the tool of that major version. */
    static Path forMajor(int major, String tool) {
        String configured = System.getenv("MOTCUA_PG_BIN");
        Path directory = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of("/usr/lib/postgresql", Integer.toString(major), "bin");
        if (!Files.isExecutable(directory.resolve(tool))) {
            throw new BackupException("PostgreSQL " + major + "'s " + tool + " is not in " + directory
                    + ": install them (Debian's postgresql-" + major + " or postgresql-client-" + major + ") or set MOTCUA_PG_BIN");
        }
        return directory;
    }
}

package vn.motcua.platform.database.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code manifest.properties} of a backup directory: when and from what it was taken, the base backup's first WAL
 * file (older archived WAL is not needed by it), the restore point that marks the moment of the logical dump, and the
 * fingerprint of the checked tables at that moment.
 */
final class BackupManifest {

    static final String FILE = "manifest.properties";

    private final Properties properties;

    private BackupManifest(Properties properties) {
        this.properties = properties;
    }

    static BackupManifest empty() {
        return new BackupManifest(new Properties());
    }

    static BackupManifest read(Path backup) throws IOException {
        Path file = backup.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new BackupException("not a backup directory (no " + FILE + "): " + backup);
        }
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return new BackupManifest(properties);
    }

    void write(Path backup) throws IOException {
        try (Writer out = Files.newBufferedWriter(backup.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.store(out, "MotCua backup");
        }
    }

    BackupManifest with(String key, String value) {
        properties.setProperty(key, value);
        return this;
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(properties.getProperty(key));
    }

    String require(String key) {
        return get(key).orElseThrow(() -> new BackupException("the backup's manifest lacks " + key));
    }

    BackupManifest with(Fingerprint fingerprint) {
        fingerprint.writeTo(properties);
        return this;
    }

    Fingerprint fingerprint() {
        return Fingerprint.from(properties);
    }
}

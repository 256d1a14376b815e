package vn.motcua.platform.database.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database a backup is taken from or a logical dump restored into: the embedded PostgreSQL under its data
 * directory (the running server, found by its {@code postmaster.pid}, or started here for the time of the work), or
 * an external server reached by its JDBC URL.
 */
final class Database implements AutoCloseable {

    static final String EMBEDDED_DATABASE = "motcua";

    private final String url;
    private final String user;
    private final String password;
    private final Path dataDirectory;
    private final EmbeddedPostgres startedHere;

    private Database(String url, String user, String password, Path dataDirectory, EmbeddedPostgres startedHere) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dataDirectory = dataDirectory;
        this.startedHere = startedHere;
    }

    static Database external(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new BackupException("only PostgreSQL JDBC URLs are supported: " + url);
        }
        return new Database(url, user, password, null, null);
    }

    /** The embedded cluster in the directory: the running server, or one started here with WAL archiving on. */
    static Database embedded(Path dataDirectory, Path archive) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        if (!Files.isRegularFile(directory.resolve("PG_VERSION"))) {
            throw new BackupException("no PostgreSQL cluster in " + directory + " (start MotCua once first)");
        }
        Optional<Integer> port = runningPort(directory);
        if (port.isPresent()) {
            return new Database(url(port.get(), EMBEDDED_DATABASE), "postgres", null, directory, null);
        }
        Files.createDirectories(archive);
        var builder = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofMinutes(5)).setServerConfig("listen_addresses", "localhost");
        WalArchiving.serverSettings(archive, Duration.ofMinutes(5)).forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.start();
        return new Database(url(postgres.getPort(), EMBEDDED_DATABASE), "postgres", null, directory, postgres);
    }

    /** A server started here on a cluster, already running (a restored one). */
    static Database started(EmbeddedPostgres postgres, Path dataDirectory) {
        return new Database(url(postgres.getPort(), EMBEDDED_DATABASE), "postgres", null, dataDirectory, postgres);
    }

    static String url(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** The port of the server running on the directory, read from its {@code postmaster.pid}. */
    static Optional<Integer> runningPort(Path directory) throws IOException {
        Path pid = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pid)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pid);
        if (lines.size() < 4 || !lines.get(0).strip().matches("\\d+") || !lines.get(3).strip().matches("\\d+")) {
            return Optional.empty();
        }
        boolean alive = ProcessHandle.of(Long.parseLong(lines.get(0).strip())).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
    }

    Connection connect() throws SQLException {
        var properties = new Properties();
        if (user != null) properties.setProperty("user", user);
        if (password != null) properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "motcua-backup");
        return DriverManager.getConnection(url, properties);
    }

    /** The embedded cluster's directory; empty for an external server. */
    Optional<Path> dataDirectory() {
        return Optional.ofNullable(dataDirectory);
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    @Override
    public void close() throws IOException {
        if (startedHere != null) {
            startedHere.close();
        }
    }
}

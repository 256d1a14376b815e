package vn.motcua.platform.database.backup;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server started on a restored data directory for the time of its recovery: with MotCua's embedded
 * binaries for a backup of the embedded cluster, with Debian's {@code pg_ctl} of the cluster's major version for a
 * backup of an external server (run as the {@code postgres} user when this runs as root, as PostgreSQL requires).
 */
interface RecoveryServer extends AutoCloseable {

    Database database();

    @Override
    void close() throws IOException;

    static RecoveryServer embedded(Path dataDirectory, Map<String, String> settings) {
        var builder = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofHours(1)).setServerConfig("listen_addresses", "localhost");
        settings.forEach(builder::setServerConfig);
        try {
            EmbeddedPostgres postgres = builder.start();
            Database database = Database.started(postgres, dataDirectory);
            return running(database, database::close);
        } catch (IOException | RuntimeException e) {
            throw new BackupException("the restored server did not start (recovery target not in the archive?): "
                    + e.getMessage(), e);
        }
    }

    static RecoveryServer cluster(Path dataDirectory, int major, String databaseName, String user, String password,
            Map<String, String> settings)
            throws IOException, InterruptedException {
        Path bin = ServerBinaries.forMajor(major, "pg_ctl");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", dataDirectory.toString()), false);
        }
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var options = new StringBuilder("-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=/tmp");
        settings.forEach((key, value) -> options.append(" -c ").append(key).append('=').append(value));
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-l",
                dataDirectory.resolve("restore.log").toString(), "-w", "-t", "3600", "-o", options.toString(), "start"), root);
        Database database = Database.external(Database.url(port, databaseName), user, password);
        return running(database, () -> {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-m", "fast", "-w", "stop"), root);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Stops a server. */
    @FunctionalInterface
    interface Stop {
        void stop() throws IOException;
    }

    private static RecoveryServer running(Database database, Stop stop) {
        return new RecoveryServer() {
            @Override
            public Database database() {
                return database;
            }

            @Override
            public void close() throws IOException {
                stop.stop();
            }
        };
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        var full = new ArrayList<String>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path log = Files.createTempFile("motcua-restore", ".log");
        Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(1, TimeUnit.HOURS) || process.exitValue() != 0) {
            process.destroy();
            throw new BackupException(String.join(" ", command) + " failed: " + Files.readString(log).strip());
        }
        Files.delete(log);
    }
}

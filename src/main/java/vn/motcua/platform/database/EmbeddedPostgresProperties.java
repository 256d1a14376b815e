package vn.motcua.platform.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the cluster lives; kept across restarts
 * @param port TCP port on localhost; 0 picks a free one
 * @param database the database the application uses inside the cluster
 * @param cleanDataDirectory start from an empty cluster (tests)
 * @param startupWait how long to wait for the server to accept connections
 * @param archiveWal archive every finished WAL segment into {@code walArchive}, for point-in-time recovery from a
 *        base backup ({@code ./motcua backup})
 * @param walArchive where WAL segments are archived
 * @param archiveTimeout the longest a written change waits before its segment is archived
 */
@ConfigurationProperties("motcua.embedded-postgres")
public record EmbeddedPostgresProperties(
        Path dataDirectory, int port, String database, boolean cleanDataDirectory, Duration startupWait,
        boolean archiveWal, Path walArchive, Duration archiveTimeout) {

    public EmbeddedPostgresProperties {
        if (dataDirectory == null) dataDirectory = Path.of("data", "postgres");
        if (database == null || database.isBlank()) database = "motcua";
        if (startupWait == null) startupWait = Duration.ofSeconds(30);
        if (walArchive == null) walArchive = Path.of("data", "wal-archive");
        if (archiveTimeout == null) archiveTimeout = Duration.ofMinutes(5);
    }
}

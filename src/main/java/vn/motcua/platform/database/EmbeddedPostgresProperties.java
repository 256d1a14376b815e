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
 */
@ConfigurationProperties("motcua.embedded-postgres")
public record EmbeddedPostgresProperties(
        Path dataDirectory, int port, String database, boolean cleanDataDirectory, Duration startupWait) {

    public EmbeddedPostgresProperties {
        if (dataDirectory == null) dataDirectory = Path.of("data", "postgres");
        if (database == null || database.isBlank()) database = "motcua";
        if (startupWait == null) startupWait = Duration.ofSeconds(30);
    }
}

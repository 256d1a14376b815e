package vn.motcua.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import vn.motcua.platform.database.backup.WalArchiving;

/**
 * With no {@code spring.datasource.url}, MotCua runs on a real PostgreSQL of its own: the pinned
 * zonky binaries, with the cluster kept under {@code ./data/postgres} so data survives restarts.
 * With {@code spring.datasource.url} set, Spring Boot's own data source is used instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        var directory = properties.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(directory);
        OrphanedServer.stopIfAbandoned(directory);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(properties.cleanDataDirectory())
                .setPGStartupWait(properties.startupWait())
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "localhost");
        if (properties.archiveWal()) {
            var archive = Files.createDirectories(properties.walArchive().toAbsolutePath().normalize());
            WalArchiving.serverSettings(archive, properties.archiveTimeout()).forEach(builder::setServerConfig);
            log.info("WAL archived into {}", archive);
        }
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        var postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
        createDatabaseIfMissing(postgres.getPostgresDatabase(), properties.database());
        return postgres;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedPostgresProperties properties) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.database()));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("motcua-embedded");
        return dataSource;
    }

    private static void createDatabaseIfMissing(DataSource admin, String database) {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalStateException("Invalid embedded database name: " + database);
        }
        try (Connection connection = admin.getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + database + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database " + database, e);
        }
    }
}

package vn.motcua.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * With {@code motcua.datasource.replica.url} set, read-only transactions ({@code @Transactional(readOnly = true)},
 * a read-only {@code TransactionTemplate}) read from a PostgreSQL streaming replica and everything else uses the
 * primary: the application's data source becomes a {@link LazyConnectionDataSourceProxy} over the primary with the
 * replica as its read-only data source, so a connection is taken only when the first statement runs, once the
 * transaction has said it is read-only. A replica that cannot be reached is left alone for a few seconds and its reads
 * go to the primary ({@link ReplicaOrPrimary}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("motcua.datasource.replica.url")
class ReadReplica {

    @Bean
    static BeanPostProcessor readReplicaRouting(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!name.equals("dataSource") || !(bean instanceof DataSource primary) || bean instanceof LazyConnectionDataSourceProxy) {
                    return bean;
                }
                var replica = new HikariDataSource();
                replica.setPoolName("motcua-replica");
                replica.setJdbcUrl(environment.getRequiredProperty("motcua.datasource.replica.url"));
                replica.setUsername(environment.getProperty("motcua.datasource.replica.username",
                        environment.getProperty("spring.datasource.username", "postgres")));
                replica.setPassword(environment.getProperty("motcua.datasource.replica.password",
                        environment.getProperty("spring.datasource.password", "")));
                replica.setMaximumPoolSize(environment.getProperty("motcua.datasource.replica.pool-size", Integer.class, 20));
                replica.setConnectionTimeout(environment.getProperty("motcua.datasource.replica.connect-timeout",
                        Duration.class, Duration.ofSeconds(1)).toMillis());
                replica.setReadOnly(true);
                // a replica that is down at start-up must not stop the application: its reads go to the primary
                replica.setInitializationFailTimeout(-1);
                var routing = new LazyConnectionDataSourceProxy(primary);
                routing.setReadOnlyDataSource(new ReplicaOrPrimary(replica, primary));
                return routing;
            }
        };
    }

    /**
     * The replica's connections, or the primary's for a while after the replica failed to give one: reads never wait on
     * a replica that is down for more than its connect timeout, once.
     */
    static final class ReplicaOrPrimary extends AbstractDataSource {

        private static final Logger log = LoggerFactory.getLogger(ReplicaOrPrimary.class);
        static final Duration PAUSE = Duration.ofSeconds(5);

        private final DataSource replica;
        private final DataSource primary;
        /** While set, the {@code System.nanoTime()} before which the replica is not asked. */
        private final java.util.concurrent.atomic.AtomicReference<Long> avoidUntil = new java.util.concurrent.atomic.AtomicReference<>();

        ReplicaOrPrimary(DataSource replica, DataSource primary) {
            this.replica = replica;
            this.primary = primary;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (replicaInUse()) {
                try {
                    return replica.getConnection();
                } catch (SQLException e) {
                    avoidUntil.set(System.nanoTime() + PAUSE.toNanos());
                    log.warn("The read replica gives no connection; reading from the primary for {}: {}", PAUSE, e.getMessage());
                }
            }
            Connection connection = primary.getConnection();
            connection.setReadOnly(true);
            return connection;
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        /** Whether reads go to the replica now (health and tests). */
        boolean replicaInUse() {
            Long until = avoidUntil.get();
            return until == null || System.nanoTime() - until >= 0;
        }
    }
}

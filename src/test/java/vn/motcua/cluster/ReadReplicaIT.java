package vn.motcua.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.support.DatabaseTest;
import vn.motcua.support.OtherInstance;

/**
 * With {@code motcua.datasource.replica.url} set, read-only transactions read from the replica and the rest from the
 * primary; a replica that cannot be reached leaves reads to the primary. The "replica" here is the test's own database
 * reached under another application name, which tells the two pools apart.
 */
@DatabaseTest
class ReadReplicaIT {

    @Autowired
    DataSource dataSource;

    private static String applicationName(ConfigurableApplicationContext app, boolean readOnly) {
        var template = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        template.setReadOnly(readOnly);
        return template.execute(s -> app.getBean(JdbcClient.class).sql("select current_setting('application_name')")
                .query(String.class).single());
    }

    @Test
    void read_only_transactions_read_from_the_replica_and_the_rest_from_the_primary() {
        String replica = OtherInstance.url(dataSource) + "?ApplicationName=motcua-replica";
        try (var app = OtherInstance.on(dataSource, "motcua.datasource.replica.url=" + replica)) {
            assertThat(applicationName(app, true)).isEqualTo("motcua-replica");
            assertThat(applicationName(app, false)).isNotEqualTo("motcua-replica");
            // outside a transaction: the primary
            assertThat(app.getBean(JdbcClient.class).sql("select current_setting('application_name')").query(String.class)
                    .single()).isNotEqualTo("motcua-replica");
        }
    }

    @Test
    void reads_fall_back_to_the_primary_when_the_replica_cannot_be_reached() {
        // a port nothing listens on: the application starts, and read-only work is answered by the primary
        try (var app = OtherInstance.on(dataSource, "motcua.datasource.replica.url=jdbc:postgresql://127.0.0.1:9/motcua",
                "motcua.datasource.replica.connect-timeout=500ms")) {
            assertThat(applicationName(app, true)).isNotEqualTo("motcua-replica");
            assertThat(applicationName(app, false)).isNotEqualTo("motcua-replica");
        }
    }
}

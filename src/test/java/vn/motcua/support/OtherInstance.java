package vn.motcua.support;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.zaxxer.hikari.HikariDataSource;

import vn.motcua.MotCuaApplication;

/**
 * Another instance of the application on the database of a test's context, as a second instance behind a load
 * balancer: its own caches, sessions and port, the same PostgreSQL (already migrated).
 */
public final class OtherInstance {

    private OtherInstance() {
    }

    public static ConfigurableApplicationContext on(DataSource dataSource, String... properties) {
        var database = (HikariDataSource) dataSource;
        var all = new ArrayList<>(List.of("spring.datasource.url=" + database.getJdbcUrl(),
                "spring.datasource.username=" + database.getUsername(),
                "spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()),
                "spring.datasource.hikari.maximum-pool-size=5", "server.port=0",
                "spring.flyway.enabled=false", "motcua.demo.history=false"));
        all.addAll(List.of(properties));
        return new SpringApplicationBuilder(MotCuaApplication.class).profiles("test").properties(all.toArray(String[]::new)).run();
    }

    /** The database's address without its parameters, to which a test adds its own. */
    public static String url(DataSource dataSource) {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}

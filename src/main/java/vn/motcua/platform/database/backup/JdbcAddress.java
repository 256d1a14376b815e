package vn.motcua.platform.database.backup;

import java.net.URI;

/** The host, port and database of a PostgreSQL JDBC URL, for PostgreSQL's own tools. */
record JdbcAddress(String host, int port, String database) {

    JdbcAddress {
        if (!host.matches("[A-Za-z0-9.:\\[\\]-]{1,255}") || !database.matches("[A-Za-z0-9_-]{1,63}")) {
            throw new BackupException("unsupported database address " + host + "/" + database);
        }
    }

    static JdbcAddress parse(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new BackupException("expected jdbc:postgresql://host:port/database, got " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        return new JdbcAddress(uri.getHost() == null ? "localhost" : uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                path.isEmpty() ? "postgres" : path);
    }

    /** A libpq connection string for the tools' {@code -d}. */
    String libpq(String user) {
        return "host=" + host + " port=" + port + " dbname=" + database + (user == null ? "" : " user=" + user);
    }
}

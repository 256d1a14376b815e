package vn.motcua.platform.database;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDateTime;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's {@code COPY … FROM STDIN} on the current transaction's connection, for loading many rows at once (a
 * demo history, a benchmark's millions), and the rows in COPY's text format.
 */
@Component
public class CopyIn {

    private final DataSource dataSource;

    CopyIn(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the {@code copy … from stdin} statement with the rows, in the caller's transaction. */
    public void copy(String sql, StringBuilder rows) {
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql,
                    new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Bulk load failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** One line of COPY's text format: tab-separated, {@code \\N} for null, backslash, tab and line breaks escaped. */
    public static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                out.append("\\N");
            } else {
                String s = v instanceof LocalDateTime t ? t.toString() : v.toString();
                appendEscaped(out, s);
            }
        }
        out.append('\n');
    }

    private static void appendEscaped(StringBuilder out, String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            out.append(s);
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                out.append('\\').append(c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\');
            } else {
                out.append(c);
            }
        }
    }
}

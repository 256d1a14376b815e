package vn.motcua.dossier;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.Transition;
import vn.motcua.organization.domain.AgencyCode;

/**
 * Loads a history of dossiers made elsewhere (a demo history, a benchmark's millions) with COPY, in the caller's
 * transaction: the dossiers, their transitions, and the offices' daily code numbers past the codes used, so the
 * desk never issues a code the history holds.
 */
@Service
public class DossierBulkLoad {

    /** A dossier as it is now and every transition that brought it there, oldest first; its number of the day. */
    public record Loaded(DossierData dossier, List<Transition> transitions, long number) {

        /** What the dossier module publishes of the dossier (see {@link DossierSummary}). */
        public DossierSummary summary() {
            return DossierSummary.of(dossier);
        }
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final JsonMapper json;

    DossierBulkLoad(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.dataSource = dataSource;
    }

    /** Whether the office has any dossier received between the days (both included). */
    public boolean hasAny(AgencyCode office, LocalDate from, LocalDate to) {
        return jdbc.sql("select exists (select 1 from dossier where office_code = ? and received_at >= ? and received_at < ?)")
                .params(office.value(), from.atStartOfDay(), to.plusDays(1).atStartOfDay()).query(Boolean.class).single();
    }

    /**
     * For the current transaction: its commit need not wait for the disk (a history can be loaded again if the
     * machine fails in that instant; no citizen's dossier is at stake).
     */
    public void withoutWaitingForDisk() {
        jdbc.sql("select set_config('synchronous_commit', 'off', true)").query(String.class).single();
    }

    /**
     * Copies the batch; the transitions' reference to their dossier is not checked row by row when the database
     * lets this session skip it (a superuser, as on the embedded database): the dossiers are copied just before
     * in the same transaction.
     */

    public void copy(List<Loaded> batch) {
        var dossiers = new StringBuilder(batch.size() * 2048);
        var transitions = new StringBuilder(batch.size() * 600);
        Map<String, Long> lastNumbers = new HashMap<>();
        for (Loaded l : batch) {
            DossierData d = l.dossier();
            row(dossiers, d.code().value(), d.office().value(), d.competentOffice().value(), d.procedure().code(),
                    d.procedure().field() == null ? "" : d.procedure().field(), d.status().name(), d.receivedAt(), d.clock().dueAt(),
                    d.clock().promisedAt(), d.finishedAt(), d.returnedAt(), json.writeValueAsString(d), 0);
            for (Transition t : l.transitions()) {
                row(transitions, d.code().value(), t.action().name(), t.from() == null ? null : t.from().name(), t.to().name(),
                        t.by(), t.at(), t.note());
            }
            lastNumbers.merge(d.office().value() + "|" + d.receivedAt().toLocalDate(), l.number(), Math::max);
        }
        copy("copy dossier (code, office_code, competent_office, procedure_code, field, status, received_at, due_at, promised_at, "
                + "finished_at, returned_at, data, version) from stdin", dossiers);
        boolean skipChecks = jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single();
        if (skipChecks) {
            jdbc.sql("select set_config('session_replication_role', 'replica', true)").query(String.class).single();
        }
        copy("copy dossier_transition (dossier_code, action, from_status, to_status, actor, at, note) from stdin", transitions);
        if (skipChecks) {
            jdbc.sql("select set_config('session_replication_role', 'origin', true)").query(String.class).single();
        }
        lastNumbers.forEach((key, number) -> {
            String[] parts = key.split("\\|");
            jdbc.sql("""
                    insert into dossier_code_sequence (office_code, day, last_value) values (?, ?, ?)
                    on conflict (office_code, day) do update set last_value = greatest(dossier_code_sequence.last_value, excluded.last_value)
                    """).params(parts[0], LocalDate.parse(parts[1]), number).update();
        });
    }

    private void copy(String sql, StringBuilder csv) {
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql,
                    new java.io.ByteArrayInputStream(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
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

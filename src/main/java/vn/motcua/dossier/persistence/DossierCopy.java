package vn.motcua.dossier.persistence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.Transition;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.database.CopyIn;

/**
 * Writes a history of dossiers made elsewhere with COPY, in the caller's transaction: the dossiers, their
 * transitions, and the offices' daily code numbers past the codes used.
 */
@Repository
public class DossierCopy {

    /** A dossier, the transitions that brought it where it is, oldest first, and its number of the day. */
    public record Row(DossierData dossier, List<Transition> transitions, long number) {
    }

    private final JdbcClient jdbc;
    private final CopyIn copyIn;
    private final JsonMapper json;

    DossierCopy(JdbcClient jdbc, CopyIn copyIn, JsonMapper json) {
        this.jdbc = jdbc;
        this.copyIn = copyIn;
        this.json = json;
    }

    public boolean hasAny(AgencyCode office, LocalDate from, LocalDate to) {
        return jdbc.sql("select exists (select 1 from dossier where office_code = ? and received_at >= ? and received_at < ?)")
                .params(office.value(), from.atStartOfDay(), to.plusDays(1).atStartOfDay()).query(Boolean.class).single();
    }

    public void withoutWaitingForDisk() {
        jdbc.sql("select set_config('synchronous_commit', 'off', true)").query(String.class).single();
    }

    /**
     * Copies the rows; the transitions' reference to their dossier is not checked row by row when the database lets
     * this session skip it (a superuser, as on the embedded database): the dossiers are copied just before in the
     * same transaction.
     */
    public void copy(List<Row> batch) {
        var dossiers = new StringBuilder(batch.size() * 2048);
        var transitions = new StringBuilder(batch.size() * 600);
        Map<String, Long> lastNumbers = new HashMap<>();
        for (Row l : batch) {
            DossierData d = l.dossier();
            CopyIn.row(dossiers, d.code().value(), d.office().value(), d.competentOffice().value(), d.procedure().code(),
                    d.procedure().field() == null ? "" : d.procedure().field(), d.status().name(), d.receivedAt(), d.clock().dueAt(),
                    d.clock().promisedAt(), d.finishedAt(), d.returnedAt(), json.writeValueAsString(d), 0);
            for (Transition t : l.transitions()) {
                CopyIn.row(transitions, d.code().value(), t.action().name(), t.from() == null ? null : t.from().name(),
                        t.to().name(), t.by(), t.at(), t.note());
            }
            lastNumbers.merge(d.office().value() + "|" + d.receivedAt().toLocalDate(), l.number(), Math::max);
        }
        copyIn.copy("copy dossier (code, office_code, competent_office, procedure_code, field, status, received_at, due_at, "
                + "promised_at, finished_at, returned_at, data, version) from stdin", dossiers);
        boolean skipChecks = jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single();
        if (skipChecks) {
            jdbc.sql("select set_config('session_replication_role', 'replica', true)").query(String.class).single();
        }
        copyIn.copy("copy dossier_transition (dossier_code, action, from_status, to_status, actor, at, note) from stdin", transitions);
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
}

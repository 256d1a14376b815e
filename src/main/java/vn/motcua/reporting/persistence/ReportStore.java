package vn.motcua.reporting.persistence;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.motcua.reporting.domain.CountSums;
import vn.motcua.reporting.domain.DossierFact;
import vn.motcua.platform.database.CopyIn;

/**
 * Writes the reporting read models: the facts of each dossier ({@code report_dossier}) and the counters
 * ({@code report_count}), by upsert as events come, or by COPY for a bulk load of new dossiers.
 */
@Repository
public class ReportStore {

    private static final String FACT_COLUMNS = """
            code, office_code, field, procedure_code, procedure_name, received_by, handled_by, channel, assisted, consulted,
            models, received_at, due_at, rescheduled_due_at, closed_at, closing, timeliness, late_cause, returned_at,
            index1, index2, index3""";

    private final JdbcTemplate jdbc;
    private final CopyIn copyIn;

    ReportStore(JdbcTemplate jdbc, CopyIn copyIn) {
        this.jdbc = jdbc;
        this.copyIn = copyIn;
    }

    /** Whether the read models hold a dossier of the office received between the days (both included). */
    public boolean hasFacts(String office, java.time.LocalDate from, java.time.LocalDate to) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from report_dossier where office_code = ? and received_at >= ? and received_at < ?)
                """, Boolean.class, office, from.atStartOfDay(), to.plusDays(1).atStartOfDay()));
    }

    /** Inserts or replaces the facts of the dossiers. */
    public void saveFacts(Collection<DossierFact> facts) {
        String updates = java.util.Arrays.stream(FACT_COLUMNS.split(",")).map(String::strip).filter(c -> !c.equals("code"))
                .map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
        jdbc.batchUpdate("insert into report_dossier (" + FACT_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as bigint[]), "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (code) do update set " + updates,
                facts.stream().map(ReportStore::values).toList());
    }

    private static final String COUNT_COLUMNS = "grain, dimension, office_code, period, key, received, assisted, finished, early, "
            + "on_time, late, refused, stopped, finished_same_day, returned, returned_same_day";

    /** Adds an inserted row to the counters of the same grain, dimension, office, period and key. */
    private static final String MERGE = """
            on conflict (grain, dimension, office_code, period, key) do update set
                received = report_count.received + excluded.received, assisted = report_count.assisted + excluded.assisted,
                finished = report_count.finished + excluded.finished, early = report_count.early + excluded.early,
                on_time = report_count.on_time + excluded.on_time, late = report_count.late + excluded.late,
                refused = report_count.refused + excluded.refused, stopped = report_count.stopped + excluded.stopped,
                finished_same_day = report_count.finished_same_day + excluded.finished_same_day,
                returned = report_count.returned + excluded.returned,
                returned_same_day = report_count.returned_same_day + excluded.returned_same_day""";

    /** Adds the sums to the counters. */
    public void addCounts(CountSums sums) {
        // one lock order for every writer, against deadlocks
        var ordered = new java.util.TreeMap<String, Object[]>();
        sums.rows().forEach((r, c) -> ordered.put(r.grain() + "|" + r.dimension() + "|" + r.office() + "|" + r.period() + "|" + r.key(),
                new Object[] {r.grain().name(), r.dimension().name(), r.office().value(), r.period(), r.key(),
                        c.received(), c.assisted(), c.finished(), c.early(), c.onTime(), c.late(), c.refused(), c.stopped(),
                        c.finishedSameDay(), c.returned(), c.returnedSameDay()}));
        List<Object[]> rows = new ArrayList<>(ordered.values());
        jdbc.batchUpdate("insert into report_count (" + COUNT_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + MERGE, rows);
    }

    /** Appends the facts of new dossiers with COPY (in the caller's transaction). */
    public void copyFacts(List<DossierFact> facts) {
        var csv = new StringBuilder(facts.size() * 300);
        for (DossierFact f : facts) {
            Object[] values = values(f);
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Timestamp t) {
                    values[i] = t.toLocalDateTime();
                }
            }
            CopyIn.row(csv, values);
        }
        copyIn.copy("copy report_dossier (" + FACT_COLUMNS + ") from stdin", csv);
    }

    /**
     * Adds the sums of a bulk load to the counters (in the caller's transaction): COPY into a scratch table, then one
     * merge — several times faster than a statement per row for the ~5 rows per dossier of a long history.
     */
    public void copyCounts(CountSums sums) {
        var csv = new StringBuilder(sums.rows().size() * 80);
        sums.rows().forEach((r, c) -> CopyIn.row(csv, r.grain().name(), r.dimension().name(), r.office().value(),
                r.period(), r.key(), c.received(), c.assisted(), c.finished(), c.early(), c.onTime(), c.late(), c.refused(),
                c.stopped(), c.finishedSameDay(), c.returned(), c.returnedSameDay()));
        jdbc.execute("create temporary table if not exists report_count_load (like report_count) on commit delete rows");
        copyIn.copy("copy report_count_load (" + COUNT_COLUMNS + ") from stdin", csv);
        jdbc.update("insert into report_count (" + COUNT_COLUMNS + ") select " + COUNT_COLUMNS
                + " from report_count_load order by grain, dimension, office_code, period, key " + MERGE);
        jdbc.execute("truncate report_count_load");
    }

    private static Object[] values(DossierFact f) {
        return new Object[] {f.code(), f.office().value(), f.field(), f.procedureCode(), f.procedureName(), f.receivedBy(), f.handledBy(),
                f.channel(), f.assisted(), f.consulted(),
                f.models().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")), ts(f.receivedAt()),
                ts(f.dueAt()), ts(f.rescheduledDueAt()), ts(f.closedAt()), f.closing() == null ? null : f.closing().name(),
                f.timeliness() == null ? null : f.timeliness().name(), f.lateCause(), ts(f.returnedAt()), f.index1(),
                f.index2(), f.index3()};
    }

    private static Timestamp ts(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }
}

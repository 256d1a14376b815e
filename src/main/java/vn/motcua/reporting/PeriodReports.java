package vn.motcua.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.reporting.domain.DayCounts;
import vn.motcua.reporting.domain.Dimension;
import vn.motcua.reporting.domain.PeriodFigures;
import vn.motcua.reporting.domain.PeriodReport;

/**
 * The figures of period reports and dashboards over a set of offices: the counters of the period, and the dossiers
 * open (and overdue) at its start and end, read from the facts through their time-range indexes.
 */
@Service
public class PeriodReports {

    private final JdbcClient jdbc;
    private final ReportCounts counts;
    private final Clock clock;

    PeriodReports(JdbcClient jdbc, ReportCounts counts, Clock clock) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.clock = clock;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** The scope's counters of the period (its own rows, which roll its subtree up). */
    public DayCounts counts(ReportScopes.Scope scope, LocalDate from, LocalDate to) {
        return counts.total(scope.counted(), Dimension.ALL, "", from, to);
    }

    /** The scope's dossiers open now, from its counters. */
    public long openNow(ReportScopes.Scope scope) {
        return counts.openBefore(scope.counted(), now().toLocalDate().plusDays(1));
    }

    /** The figures of one office (or offices without anything below them). */
    public PeriodFigures figures(Collection<String> offices, LocalDate from, LocalDate to) {
        LocalDateTime end = min(to.plusDays(1).atStartOfDay(), now());
        DayCounts c = counts.total(offices, Dimension.ALL, "", from, to);
        return new PeriodFigures(openAt(offices, from.atStartOfDay()), c, openAt(offices, end), overdueAt(offices, end));
    }

    /** The counters of the period under each key of the dimension. */
    public Map<String, DayCounts> by(Collection<String> offices, Dimension dimension, LocalDate from, LocalDate to) {
        return counts.byKey(offices, dimension, from, to);
    }

    public Map<LocalDate, DayCounts> byMonth(Collection<String> offices, LocalDate from, LocalDate to) {
        return counts.byMonth(offices, from, to);
    }

    /** Dossiers received before the instant and not closed before it. */
    public long openAt(Collection<String> offices, LocalDateTime at) {
        if (offices.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from report_dossier
                where %s and tsrange(received_at, closed_at) @> cast(:at as timestamp)
                """.formatted(officeFilter(offices))).param("offices", officeParam(offices)).param("at", Timestamp.valueOf(at)).query(Long.class).single();
    }

    /** Dossiers past their due instant and not closed at the instant. */
    public long overdueAt(Collection<String> offices, LocalDateTime at) {
        if (offices.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from report_dossier
                where %s and report_overdue_span(due_at, closed_at) @> cast(:at as timestamp)
                """.formatted(officeFilter(offices))).param("offices", officeParam(offices)).param("at", Timestamp.valueOf(at)).query(Long.class).single();
    }

    /**
     * Dossiers past due and not closed at the instant, per key of every dimension ({@link Dimension#ALL}: per office;
     * officers: the receiving officer), in one pass over them.
     */
    public Map<Dimension, Map<String, Long>> overdueAtByEvery(Collection<String> offices, LocalDateTime at) {
        var result = new java.util.EnumMap<Dimension, Map<String, Long>>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            result.put(d, new java.util.HashMap<>());
        }
        if (offices.isEmpty()) {
            return result;
        }
        String range = "report_overdue_span(due_at, closed_at)";
        jdbc.sql("""
                with open as materialized (
                    select office_code, field, procedure_code, received_by, channel, models from report_dossier
                    where %s and %s @> cast(:at as timestamp))
                select 'ALL', office_code, count(*) from open group by office_code
                union all select 'FIELD', field, count(*) from open group by field
                union all select 'PROCEDURE', procedure_code, count(*) from open group by procedure_code
                union all select 'OFFICER', received_by, count(*) from open group by received_by
                union all select 'CHANNEL', channel, count(*) from open group by channel
                union all select 'MODEL', cast(m as text), count(*) from open, unnest(models) as m group by m
                """.formatted(officeFilter(offices), range)).param("offices", officeParam(offices)).param("at", Timestamp.valueOf(at))
                .query((rs, n) -> result.get(Dimension.valueOf(rs.getString(1))).put(rs.getString(2), rs.getLong(3))).list();
        return result;
    }

    /** The dossiers open at the start and at the end instant, per receiving officer: [at start, at end]. */
    public Map<String, long[]> openByOfficer(Collection<String> offices, LocalDateTime start, LocalDateTime end) {
        var result = new java.util.HashMap<String, long[]>();
        if (offices.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select received_by, count(*) filter (where tsrange(received_at, closed_at) @> cast(:start as timestamp)),
                       count(*) filter (where tsrange(received_at, closed_at) @> cast(:end as timestamp))
                from report_dossier
                where %s and (tsrange(received_at, closed_at) @> cast(:start as timestamp)
                              or tsrange(received_at, closed_at) @> cast(:end as timestamp))
                group by received_by
                """.formatted(officeFilter(offices))).param("offices", officeParam(offices))
                .param("start", Timestamp.valueOf(start)).param("end", Timestamp.valueOf(end))
                .query((rs, n) -> result.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)})).list();
        return result;
    }

    /** The late dossiers finished in the period, per officer who handled them, most first. */
    public List<PeriodReport.OfficerLate> lateByOfficer(Collection<String> offices, LocalDate from, LocalDate to) {
        if (offices.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select handled_by, count(*) from report_dossier
                where %s and timeliness = 'LATE' and closed_at >= :from and closed_at < :to
                group by handled_by order by count(*) desc, handled_by
                """.formatted(officeFilter(offices))).param("offices", officeParam(offices)).param("from", Timestamp.valueOf(from.atStartOfDay()))
                .param("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .query((rs, n) -> new PeriodReport.OfficerLate(rs.getString(1), rs.getLong(2))).list();
    }

    /**
     * The condition on the offices of a query on the facts. For a few offices, on the office column, which leads the
     * facts' indexes; for many (a province's communes), written so that the planner takes the time-range index and
     * checks the office of the few rows it returns (a probe per office of a long list costs ten times more) against
     * a hashed set of the offices (as a list of 600 parameters, a prepared statement's plan compares each row with
     * each office). Bind the offices with {@link #officeParam}.
     */
    static String officeFilter(Collection<String> offices) {
        return offices.size() <= FEW_OFFICES ? "office_code in (:offices)"
                : "(office_code || '') in (select unnest(cast(:offices as text[])))";
    }

    static final int FEW_OFFICES = 20;

    /** The value of {@code :offices} in an {@link #officeFilter}: a list for a few offices, an array for many. */
    static Object officeParam(Collection<String> offices) {
        return offices.size() <= FEW_OFFICES ? offices : offices.toArray(String[]::new);
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}

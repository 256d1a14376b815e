package vn.motcua.reporting.persistence;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.reporting.domain.Dimension;
import vn.motcua.reporting.domain.PeriodReport;
import vn.motcua.organization.domain.AgencyCode;

/**
 * Questions to the dossiers' facts ({@code report_dossier}) at an instant or over a period, answered through their
 * time-range indexes: open, overdue, per officer, late.
 */
@Repository
public class FactQueries {

    private final JdbcClient jdbc;

    FactQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Dossiers received before the instant and not closed before it. */
    public long openAt(Collection<AgencyCode> offices, LocalDateTime at) {
        if (offices.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from report_dossier
                where %s and tsrange(received_at, closed_at) @> cast(:at as timestamp)
                """.formatted(officeFilter(offices))).param("offices", officeParam(offices)).param("at", Timestamp.valueOf(at)).query(Long.class).single();
    }

    /** Dossiers of every office open now and past their due instant (the partial index on open dossiers). */
    public long overdueNow(LocalDateTime now) {
        return jdbc.sql("select count(*) from report_dossier where closed_at is null and due_at < :now")
                .param("now", Timestamp.valueOf(now)).query(Long.class).single();
    }

    /** Dossiers past their due instant and not closed at the instant. */
    public long overdueAt(Collection<AgencyCode> offices, LocalDateTime at) {
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
    public Map<Dimension, Map<String, Long>> overdueAtByEvery(Collection<AgencyCode> offices, LocalDateTime at) {
        var result = new EnumMap<Dimension, Map<String, Long>>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            result.put(d, new HashMap<>());
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
    public Map<String, long[]> openByOfficer(Collection<AgencyCode> offices, LocalDateTime start, LocalDateTime end) {
        var result = new HashMap<String, long[]>();
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
    public List<PeriodReport.OfficerLate> lateByOfficer(Collection<AgencyCode> offices, LocalDate from, LocalDate to) {
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
    public static String officeFilter(Collection<AgencyCode> offices) {
        return offices.size() <= FEW_OFFICES ? "office_code in (:offices)"
                : "(office_code || '') in (select unnest(cast(:offices as text[])))";
    }

    public static final int FEW_OFFICES = 20;

    /** The value of {@code :offices} in an {@link #officeFilter}: a list for a few offices, an array for many. */
    public static Object officeParam(Collection<AgencyCode> offices) {
        List<String> codes = offices.stream().map(AgencyCode::value).toList();
        return codes.size() <= FEW_OFFICES ? codes : codes.toArray(String[]::new);
    }

    /** A dossier scored under Circular 01/2018: code, receiving officer, procedure, day closed, verdict, indices 1-3. */
    public record Scored(String code, String receivedBy, String procedure, LocalDate closedOn, String timeliness, int index1,
            int index2, int index3) {
    }

    /** The office's scored dossiers closed in the period, in order of closing. */
    public List<Scored> scored(AgencyCode office, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select code, received_by, procedure_code, closed_at::date, timeliness, index1, index2, index3
                from report_dossier where office_code = ? and closed_at >= ? and closed_at < ? and index1 is not null
                order by closed_at, code
                """).params(office.value(), from.atStartOfDay(), to.plusDays(1).atStartOfDay())
                .query((rs, n) -> new Scored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8))).list();
    }

    /** Of the office's scored dossiers closed in the period: [decided without consulting, all, online, online late]. */
    public long[] scoredShares(AgencyCode office, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) filter (where not consulted), count(*),
                       count(*) filter (where channel = 'ONLINE'), count(*) filter (where channel = 'ONLINE' and timeliness = 'LATE')
                from report_dossier where office_code = ? and closed_at >= ? and closed_at < ? and index1 is not null
                """).params(office.value(), from.atStartOfDay(), to.plusDays(1).atStartOfDay())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).single();
    }

    /** The office's dossiers finished (with a result or refused) in the period, under the model ({@code 0}: any). */
    public List<String> finishedCodes(AgencyCode office, long model, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select code from report_dossier where office_code = ? and closed_at >= ? and closed_at < ?
                  and closing in ('RESULT', 'REFUSED') and (? = 0 or models @> array[?]::bigint[])
                """).params(office.value(), from.atStartOfDay(), to.plusDays(1).atStartOfDay(), model, model).query(String.class).list();
    }
}

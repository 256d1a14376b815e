package vn.motcua.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.reporting.domain.DayCounts;
import vn.motcua.reporting.domain.Dimension;

/**
 * Reads the counters over any period: whole months from the monthly rows and the days at either edge from the
 * daily rows, so a year of a province reads a few thousand rows whatever the number of dossiers.
 */
@Service
public class ReportCounts {

    private static final String SUMS = """
            coalesce(sum(received), 0), coalesce(sum(assisted), 0), coalesce(sum(finished), 0), coalesce(sum(early), 0),
            coalesce(sum(on_time), 0), coalesce(sum(late), 0), coalesce(sum(refused), 0), coalesce(sum(stopped), 0),
            coalesce(sum(finished_same_day), 0), coalesce(sum(returned), 0), coalesce(sum(returned_same_day), 0)""";

    /** Which rows cover [from, to]: daily rows outside [monthsFrom, monthsTo), monthly rows inside. */
    private static final String PERIOD = """
            dimension = :dimension and office_code in (:offices) and (
                (grain = 'M' and period >= :monthsFrom and period < :monthsTo)
                or (grain = 'D' and ((period >= :from and period < :monthsFrom) or (period >= :monthsTo and period <= :to))))""";

    private final JdbcClient jdbc;

    ReportCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counters of the offices in the period under one key of the dimension ("" for {@link Dimension#ALL}). */
    public DayCounts total(Collection<String> offices, Dimension dimension, String key, LocalDate from, LocalDate to) {
        if (offices.isEmpty()) {
            return DayCounts.ZERO;
        }
        return period(jdbc.sql("select " + SUMS + " from report_count where " + PERIOD + " and key = :key"), offices, dimension, from, to)
                .param("key", key).query((rs, n) -> counts(rs, 1)).single();
    }

    /** The counters of the offices in the period under each key of the dimension, largest intake first. */
    public Map<String, DayCounts> byKey(Collection<String> offices, Dimension dimension, LocalDate from, LocalDate to) {
        var result = new LinkedHashMap<String, DayCounts>();
        if (!offices.isEmpty()) {
            period(jdbc.sql("select key, " + SUMS + " from report_count where " + PERIOD
                    + " group by key order by sum(received) desc, sum(finished) desc, key"), offices, dimension, from, to)
                    .query((rs, n) -> result.put(rs.getString(1), counts(rs, 2))).list();
        }
        return result;
    }

    /** The counters of the period per office, by office code. */
    public Map<String, DayCounts> byOffice(Collection<String> offices, LocalDate from, LocalDate to) {
        var result = new LinkedHashMap<String, DayCounts>();
        if (!offices.isEmpty()) {
            period(jdbc.sql("select office_code, " + SUMS + " from report_count where " + PERIOD
                    + " and key = '' group by office_code order by office_code"), offices, Dimension.ALL, from, to)
                    .query((rs, n) -> result.put(rs.getString(1), counts(rs, 2))).list();
        }
        return result;
    }

    /**
     * The dossiers open at the start of a day under each key of the dimension (per office for {@link Dimension#ALL}
     * with {@code perOffice}): everything received before it less everything finished or stopped before it — whole
     * months from the month rows, the days of its month from the day rows. Not for officers: a dossier is received
     * under one officer and closed under another.
     */
    public Map<String, Long> openBefore(Collection<String> offices, Dimension dimension, LocalDate day, boolean perOffice) {
        var result = new java.util.HashMap<String, Long>();
        if (offices.isEmpty()) {
            return result;
        }
        String group = perOffice ? "office_code" : "key";
        jdbc.sql("select " + group + """
                , sum(received - finished - stopped) from report_count
                 where dimension = :dimension and office_code in (:offices)
                   and ((grain = 'M' and period < :month) or (grain = 'D' and period >= :month and period < :day))
                 group by 1
                """).param("dimension", dimension.name()).param("offices", offices).param("month", day.withDayOfMonth(1))
                .param("day", day).query((rs, n) -> result.put(rs.getString(1), rs.getLong(2))).list();
        return result;
    }

    /** The offices' totals per month of the period (months cut at its edges), oldest first. */
    public Map<LocalDate, DayCounts> byMonth(Collection<String> offices, LocalDate from, LocalDate to) {
        var result = new LinkedHashMap<LocalDate, DayCounts>();
        if (!offices.isEmpty()) {
            period(jdbc.sql("select date_trunc('month', period)::date, " + SUMS + " from report_count where " + PERIOD
                    + " and key = '' group by 1 order by 1"), offices, Dimension.ALL, from, to)
                    .query((rs, n) -> result.put(rs.getDate(1).toLocalDate(), counts(rs, 2))).list();
        }
        return result;
    }

    /** The offices' totals per day of the period, oldest first (days without any event left out). */
    public Map<LocalDate, DayCounts> byDay(Collection<String> offices, Dimension dimension, String key, LocalDate from, LocalDate to) {
        var result = new LinkedHashMap<LocalDate, DayCounts>();
        if (!offices.isEmpty()) {
            jdbc.sql("select period, " + SUMS + """
                     from report_count where grain = 'D' and dimension = :dimension and office_code in (:offices)
                      and key = :key and period between :from and :to group by period order by period
                    """).param("dimension", dimension.name()).param("offices", offices).param("key", key)
                    .param("from", from).param("to", to)
                    .query((rs, n) -> result.put(rs.getDate(1).toLocalDate(), counts(rs, 2))).list();
        }
        return result;
    }

    private static JdbcClient.StatementSpec period(JdbcClient.StatementSpec sql, Collection<String> offices, Dimension dimension,
            LocalDate from, LocalDate to) {
        LocalDate monthsFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate monthsTo = to.plusDays(1).withDayOfMonth(1);
        if (!monthsFrom.isBefore(monthsTo)) {
            monthsFrom = to.plusDays(1);
            monthsTo = monthsFrom;
        }
        return sql.param("dimension", dimension.name()).param("offices", offices).param("from", from).param("to", to)
                .param("monthsFrom", monthsFrom).param("monthsTo", monthsTo);
    }

    static DayCounts counts(ResultSet rs, int first) throws SQLException {
        long[] v = new long[11];
        for (int i = 0; i < v.length; i++) {
            v[i] = rs.getLong(first + i);
        }
        return new DayCounts(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
    }
}

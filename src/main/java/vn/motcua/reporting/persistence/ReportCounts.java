package vn.motcua.reporting.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.reporting.domain.CountSums.Grain;
import vn.motcua.reporting.domain.DayCounts;
import vn.motcua.reporting.domain.Dimension;
import vn.motcua.reporting.domain.PeriodCover;
import vn.motcua.organization.domain.AgencyCode;

/**
 * Reads the counters over any period with the fewest rows ({@link PeriodCover}): whole years from the year rows,
 * whole months from the month rows, the days at either edge from the day rows, so a year of a province reads a few
 * hundred rows whatever the number of dossiers. Nothing is counted after today (events are counted on the day they
 * happen), so a period running to today or later reads as one running to the end of time: a year so far is its
 * year row.
 */
@Repository
public class ReportCounts {

    private static final String[] COLUMNS = {"received", "assisted", "finished", "early", "on_time", "late", "refused",
        "stopped", "finished_same_day", "returned", "returned_same_day"};

    private static final String SUMS = String.join(", ", java.util.Arrays.stream(COLUMNS)
            .map(c -> "coalesce(sum(" + c + "), 0)").toList());

    /** A key's counters of a period and the dossiers open at the start of its first day and of the day after it. */
    public record Ledger(DayCounts counts, long openAtStart, long openAtEnd) {

        boolean isEmpty() {
            return counts.equals(DayCounts.ZERO) && openAtStart == 0 && openAtEnd == 0;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportCounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The counters of the offices in the period under one key of the dimension ("" for {@link Dimension#ALL}). */
    public DayCounts total(Collection<AgencyCode> offices, Dimension dimension, String key, LocalDate from, LocalDate to) {
        if (offices.isEmpty()) {
            return DayCounts.ZERO;
        }
        var rows = new Rows(offices, dimension).of("p", cover(from, to, Grain.Y));
        return rows.bind(jdbc.sql("select " + SUMS + " from (" + rows.sql() + ") as r where key = :key")).param("key", key)
                .query((rs, n) -> counts(rs, 1)).single();
    }

    /** The counters of the offices in the period under each key of the dimension, largest intake first. */
    public Map<String, DayCounts> byKey(Collection<AgencyCode> offices, Dimension dimension, LocalDate from, LocalDate to) {
        var result = new LinkedHashMap<String, DayCounts>();
        if (!offices.isEmpty()) {
            var rows = new Rows(offices, dimension).of("p", cover(from, to, Grain.Y));
            rows.bind(jdbc.sql("select key, " + SUMS + " from (" + rows.sql() + ") as r"
                    + " group by key order by sum(received) desc, sum(finished) desc, key"))
                    .query((rs, n) -> result.put(rs.getString(1), counts(rs, 2))).list();
        }
        return result;
    }

    /**
     * The offices' dossiers open at the start of a day: everything received before it less everything finished or
     * stopped before it (its years, months and days before it).
     */
    public long openBefore(Collection<AgencyCode> offices, LocalDate day) {
        if (offices.isEmpty()) {
            return 0;
        }
        var rows = new Rows(offices, Dimension.ALL).of("s", PeriodCover.of(PeriodCover.BEGINNING, day, Grain.Y));
        return rows.bind(jdbc.sql("select coalesce(sum(received - finished - stopped), 0) from (" + rows.sql() + ") as r"))
                .query(Long.class).single();
    }

    /**
     * In one pass over the counters, per key of the dimension (per office with {@code perOffice}): the counters of
     * [from, to], and the dossiers open at the start of {@code from} and after {@code to} as {@link #openBefore}
     * counts them, largest intake first. Keys with nothing in either are left out. Not for officers.
     */
    public Map<String, Ledger> ledger(Collection<AgencyCode> offices, Dimension dimension, boolean perOffice, LocalDate from, LocalDate to) {
        var result = new LinkedHashMap<String, Ledger>();
        if (offices.isEmpty()) {
            return result;
        }
        var rows = new Rows(offices, dimension).of("s", PeriodCover.of(PeriodCover.BEGINNING, from, Grain.Y))
                .of("p", cover(from, to, Grain.Y));
        var sums = new ArrayList<String>();
        for (String column : COLUMNS) {
            sums.add("coalesce(sum(" + column + ") filter (where part = 'p'), 0)");
        }
        String sql = "select " + (perOffice ? "office_code" : "key") + ", " + String.join(", ", sums)
                + ", coalesce(sum(received - finished - stopped) filter (where part = 's'), 0) from (" + rows.sql() + ") as r"
                + " group by 1 order by 2 desc, 4 desc, 1";
        rows.bind(jdbc.sql(sql)).query((rs, n) -> {
            DayCounts counts = counts(rs, 2);
            long atStart = rs.getLong(2 + COLUMNS.length);
            var ledger = new Ledger(counts, atStart, atStart + counts.received() - counts.finished() - counts.stopped());
            if (!ledger.isEmpty()) {
                result.put(rs.getString(1), ledger);
            }
            return ledger;
        }).list();
        return result;
    }

    /** The offices' totals per month of the period (months cut at its edges), oldest first. */
    public Map<LocalDate, DayCounts> byMonth(Collection<AgencyCode> offices, LocalDate from, LocalDate to) {
        var result = new LinkedHashMap<LocalDate, DayCounts>();
        if (!offices.isEmpty()) {
            var rows = new Rows(offices, Dimension.ALL).of("p", cover(from, to, Grain.M));
            rows.bind(jdbc.sql("select date_trunc('month', period)::date, " + SUMS + " from (" + rows.sql() + ") as r"
                    + " where key = '' group by 1 order by 1")).query((rs, n) -> result.put(rs.getDate(1).toLocalDate(), counts(rs, 2))).list();
        }
        return result;
    }

    /** The offices' totals per day of the period, oldest first (days without any event left out). */
    public Map<LocalDate, DayCounts> byDay(Collection<AgencyCode> offices, Dimension dimension, String key, LocalDate from, LocalDate to) {
        var result = new LinkedHashMap<LocalDate, DayCounts>();
        if (!offices.isEmpty()) {
            jdbc.sql("select period, " + SUMS + """
                     from report_count where grain = 'D' and dimension = :dimension and office_code in (:offices)
                      and key = :key and period between :from and :to group by period order by period
                    """).param("dimension", dimension.name()).param("offices", codes(offices)).param("key", key)
                    .param("from", from).param("to", to)
                    .query((rs, n) -> result.put(rs.getDate(1).toLocalDate(), counts(rs, 2))).list();
        }
        return result;
    }

    /** The parts covering [from, to]; a period reaching today runs to the end of time (nothing is counted later). */
    private List<PeriodCover.Part> cover(LocalDate from, LocalDate to, Grain coarsest) {
        LocalDate end = to.isBefore(LocalDate.now(clock)) ? to.plusDays(1) : PeriodCover.END;
        return PeriodCover.of(from, end, coarsest);
    }

    /**
     * The counter rows of some parts, one {@code select} per part (each follows the counters' key: grain, dimension,
     * office, period), tagged with the name of the cover they belong to. The offices go as one array, however many
     * (a province's 600 communes would otherwise be 600 parameters per part).
     */
    private static final class Rows {

        private final Collection<AgencyCode> offices;
        private final Dimension dimension;
        private final List<String> selects = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        Rows(Collection<AgencyCode> offices, Dimension dimension) {
            this.offices = offices;
            this.dimension = dimension;
        }

        Rows of(String name, List<PeriodCover.Part> parts) {
            for (var part : parts) {
                String p = name + selects.size();
                selects.add("select '" + name + "' as part, * from report_count where grain = '" + part.grain().name()
                        + "' and dimension = :dimension and office_code = any(cast(:offices as text[])) and period >= :" + p + "f and period < :" + p + "t");
                params.put(p + "f", part.from());
                params.put(p + "t", part.to());
            }
            return this;
        }

        String sql() {
            // an empty cover (from after to) reads nothing
            return selects.isEmpty() ? "select '' as part, * from report_count where false" : String.join(" union all ", selects);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql) {
            params.forEach(sql::param);
            return sql.param("dimension", dimension.name()).param("offices", codes(offices).toArray(String[]::new));
        }
    }

    static DayCounts counts(ResultSet rs, int first) throws SQLException {
        long[] v = new long[COLUMNS.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = rs.getLong(first + i);
        }
        return new DayCounts(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
    }

    /** The offices' codes as the counters key them. */
    static List<String> codes(Collection<AgencyCode> offices) {
        return offices.stream().map(AgencyCode::value).toList();
    }
}

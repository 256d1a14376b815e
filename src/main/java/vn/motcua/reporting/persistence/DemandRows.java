package vn.motcua.reporting.persistence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The procedures received most often, from the monthly counters of every office. */
@Repository
public class DemandRows {

    private final JdbcClient jdbc;

    DemandRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Procedure codes by dossiers received in the months from {@code fromMonth} on, the most first. */
    public List<String> mostReceived(LocalDate fromMonth, int limit) {
        return jdbc.sql("""
                select key from report_count where grain = 'M' and dimension = 'PROCEDURE' and period >= ?
                group by key having sum(received) > 0 order by sum(received) desc, key limit ?
                """).params(fromMonth, limit).query(String.class).list();
    }
}

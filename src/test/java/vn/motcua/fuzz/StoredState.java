package vn.motcua.fuzz;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fingerprint of what the application stores for its users: the number of rows and a hash of their contents, per
 * table. Logs and counters that a refused request may rightly touch are left out (the audit trail, failed lookups,
 * the reporting read models, background import jobs).
 */
final class StoredState {

    static final List<String> TABLES = List.of("agency", "counter_slip", "dossier", "dossier_code_sequence", "dossier_scan",
            "dossier_transition", "duty_roster", "evaluation", "feedback", "idempotency_key", "national_day", "office_calendar",
            "office_day_exception", "office_dossier_setting", "office_extra_session", "office_procedure", "office_season",
            "office_season_session", "office_session", "one_stop_desk", "procedure", "procedure_version",
            "service_counter", "service_model", "staff_account");

    private static final String QUERY = TABLES.stream()
            .map(t -> "select '" + t + "' as name, count(*) as n, coalesce(sum(hashtextextended(t::text, 0)), 0)::text as h from "
                    + t + " t")
            .collect(Collectors.joining(" union all ", "", " order by 1"));

    private final JdbcClient jdbc;

    StoredState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line per table: its name, row count and content hash. */
    List<String> fingerprint() {
        return jdbc.sql(QUERY).query((rs, n) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getString(3)).list();
    }

    /** The tables whose lines differ between two fingerprints. */
    static List<String> changed(List<String> before, List<String> after) {
        return after.stream().filter(line -> !before.contains(line)).map(line -> line.substring(0, line.indexOf(' '))).toList();
    }
}

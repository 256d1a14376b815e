package vn.motcua.dossier.persistence;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code office_dossier_setting} table: what an office set over the application's defaults. */
@Repository
public class OfficeSettingRows {

    /** An office's row; a null part falls back to the default. */
    public record Row(String codePattern, Integer supplementWindowDays, boolean publicOfficerNames, Integer lateRiskPercent) {
    }

    private final JdbcClient jdbc;

    OfficeSettingRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find(String office) {
        return jdbc.sql("select code_pattern, supplement_window_days, public_officer_names, late_risk_percent from office_dossier_setting where office_code = ?")
                .param(office)
                .query((rs, n) -> new Row(rs.getString(1), (Integer) rs.getObject(2), rs.getBoolean(3), (Integer) rs.getObject(4)))
                .optional();
    }

    /** Sets the office's row, counting its version up. */
    public void save(String office, Row row, String by) {
        jdbc.sql("""
                insert into office_dossier_setting (office_code, code_pattern, supplement_window_days, public_officer_names,
                    late_risk_percent, updated_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (office_code) do update set code_pattern = excluded.code_pattern,
                    supplement_window_days = excluded.supplement_window_days,
                    public_officer_names = excluded.public_officer_names, late_risk_percent = excluded.late_risk_percent,
                    updated_by = excluded.updated_by,
                    version = office_dossier_setting.version + 1, updated_at = now()
                """).params(office, row.codePattern(), row.supplementWindowDays(), row.publicOfficerNames(), row.lateRiskPercent(), by).update();
    }
}

package vn.motcua.dossier.persistence;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.domain.Applicant;

/** The {@code counter_slip} table: forms 02 and 03 as issued, the applicant and the items as JSON. */
@Repository
public class CounterSlipRows {

    /** A slip as stored. */
    public record Row(long id, String office, String kind, String procedureCode, String procedureName, Applicant applicant,
            List<String> items, String officer, LocalDateTime issuedAt, String dossierCode) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CounterSlipRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores the slip; returns its id. */
    public long insert(String office, String kind, String procedureCode, String procedureName, Applicant applicant,
            List<String> items, String officer, LocalDateTime issuedAt, String dossierCode) {
        return jdbc.sql("""
                insert into counter_slip (office_code, kind, procedure_code, procedure_name, applicant, items, officer,
                    issued_at, dossier_code)
                values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?) returning id
                """).params(office, kind, procedureCode, procedureName, json.writeValueAsString(applicant),
                        json.writeValueAsString(items), officer, Timestamp.valueOf(issuedAt), dossierCode)
                .query(Long.class).single();
    }

    /** The slip, if the office issued it. */
    public Optional<Row> find(long id, String office) {
        return jdbc.sql("select * from counter_slip where id = ? and office_code = ?").params(id, office)
                .query(this::row).optional();
    }

    /** The slip of an online dossier, if it was issued for the person with this ID number. */
    public Optional<Row> findForPerson(long id, String idNumber) {
        return jdbc.sql("""
                select * from counter_slip where id = ? and dossier_code is not null
                   and applicant -> 'idNumber' ->> 'value' = ?
                """).params(id, idNumber).query(this::row).optional();
    }

    private Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getString("office_code"), rs.getString("kind"),
                        rs.getString("procedure_code"), rs.getString("procedure_name"),
                        json.readValue(rs.getString("applicant"), Applicant.class),
                        json.readValue(rs.getString("items"), new TypeReference<List<String>>() { }), rs.getString("officer"),
                        rs.getTimestamp("issued_at").toLocalDateTime(), rs.getString("dossier_code"));
    }
}

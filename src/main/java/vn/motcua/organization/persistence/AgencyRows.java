package vn.motcua.organization.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.organization.domain.AgencyKind;

/** The {@code agency} table: the register of agencies, their parents, validity and successors. */
@Repository
public class AgencyRows {

    private static final String COLUMNS = "code, name, parent_code, kind, valid_from, valid_to, successor_code";

    private final JdbcClient jdbc;

    AgencyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Agency> find(AgencyCode code) {
        return jdbc.sql("select " + COLUMNS + " from agency where code = ?").param(code.value()).query(AgencyRows::agency).optional();
    }

    public List<Agency> all() {
        return jdbc.sql("select " + COLUMNS + " from agency order by code").query(AgencyRows::agency).list();
    }

    /** The agency and every agency below it, ordered by code. */
    public List<Agency> subtreeOf(AgencyCode root) {
        return jdbc.sql("""
                with recursive tree as (
                    select %1$s from agency where code = ?
                    union all
                    select %2$s from agency a join tree t on a.parent_code = t.code
                )
                select %1$s from tree order by code
                """.formatted(COLUMNS, "a." + COLUMNS.replace(", ", ", a.")))
                .param(root.value()).query(AgencyRows::agency).list();
    }

    /** The agencies the code succeeded directly. */
    public List<Agency> succeededBy(AgencyCode code) {
        return jdbc.sql("select " + COLUMNS + " from agency where successor_code = ? order by code")
                .param(code.value()).query(AgencyRows::agency).list();
    }

    /** Adds the agency, or renames and re-parents it when its code is already registered. */
    public void upsert(Agency agency) {
        jdbc.sql("""
                insert into agency (code, name, parent_code, kind) values (:code, :name, :parent, :kind)
                on conflict (code) do update set name = excluded.name, parent_code = excluded.parent_code,
                    kind = excluded.kind
                """)
                .param("code", agency.code().value()).param("name", agency.name())
                .param("parent", agency.parent().map(AgencyCode::value).orElse(null)).param("kind", agency.kind().name())
                .update();
    }

    public void rename(Agency agency) {
        jdbc.sql("update agency set name = ?, kind = ?, valid_from = ? where code = ?")
                .params(agency.name(), agency.kind().name(), agency.validFrom(), agency.code().value()).update();
    }

    public void retire(AgencyCode code, LocalDate lastDay, AgencyCode successor) {
        jdbc.sql("update agency set valid_to = ?, successor_code = ? where code = ?")
                .params(lastDay, successor == null ? null : successor.value(), code.value()).update();
    }

    private static Agency agency(ResultSet rs, int row) throws SQLException {
        String parent = rs.getString("parent_code");
        String successor = rs.getString("successor_code");
        var from = rs.getDate("valid_from");
        var to = rs.getDate("valid_to");
        return new Agency(AgencyCode.of(rs.getString("code")), rs.getString("name"),
                parent == null ? null : AgencyCode.of(parent), AgencyKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate(),
                successor == null ? null : AgencyCode.of(successor));
    }
}

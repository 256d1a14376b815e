package vn.motcua.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;

/** The register of agencies: the organization module's published API. */
@Service
public class Offices {

    private final JdbcClient jdbc;

    Offices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Agency> find(AgencyCode code) {
        return jdbc.sql("select code, name, parent_code from agency where code = ?")
                .param(code.value())
                .query(Offices::agency)
                .optional();
    }

    /** Every registered agency, ordered by code. */
    public List<Agency> all() {
        return jdbc.sql("select code, name, parent_code from agency order by code").query(Offices::agency).list();
    }

    /** The agency and every agency below it, ordered by code. */
    public List<Agency> subtreeOf(AgencyCode root) {
        return jdbc.sql("""
                with recursive tree as (
                    select code, name, parent_code from agency where code = ?
                    union all
                    select a.code, a.name, a.parent_code from agency a join tree t on a.parent_code = t.code
                )
                select code, name, parent_code from tree order by code
                """)
                .param(root.value())
                .query(Offices::agency)
                .list();
    }

    /** Adds the agency, or renames and re-parents it when its code is already registered. */
    @Transactional
    public Agency register(Agency agency) {
        agency.parent().ifPresent(parent -> {
            if (find(parent).isEmpty()) {
                throw new UnknownAgencyException(parent);
            }
        });
        jdbc.sql("""
                insert into agency (code, name, parent_code) values (:code, :name, :parent)
                on conflict (code) do update set name = excluded.name, parent_code = excluded.parent_code
                """)
                .param("code", agency.code().value())
                .param("name", agency.name())
                .param("parent", agency.parent().map(AgencyCode::value).orElse(null))
                .update();
        return agency;
    }

    private static Agency agency(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String parent = rs.getString("parent_code");
        return new Agency(AgencyCode.of(rs.getString("code")), rs.getString("name"),
                parent == null ? null : AgencyCode.of(parent));
    }
}

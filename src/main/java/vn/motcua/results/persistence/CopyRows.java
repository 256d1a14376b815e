package vn.motcua.results.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code certified_copy} table (V44). */
@Repository
public class CopyRows {

    private final JdbcClient jdbc;

    CopyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A certified copy: of which paper of which dossier, its file, who made it and when. */
    public record Copy(UUID id, String dossierCode, String office, UUID scan, String paper, String sha256, long size,
            String madeBy, Instant madeAt) {
    }

    public void insert(Copy c) {
        jdbc.sql("""
                insert into certified_copy (id, dossier_code, office_code, scan_id, paper, sha256, size_bytes, made_by, made_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(c.id(), c.dossierCode(), c.office(), c.scan(), c.paper(), c.sha256(), c.size(), c.madeBy(),
                        Timestamp.from(c.madeAt())).update();
    }

    public List<Copy> ofDossier(String dossierCode) {
        return jdbc.sql("select * from certified_copy where dossier_code = ? order by made_at, id").param(dossierCode)
                .query((rs, n) -> copy(rs)).list();
    }

    public Optional<Copy> find(UUID id) {
        return jdbc.sql("select * from certified_copy where id = ?").param(id).query((rs, n) -> copy(rs)).optional();
    }

    private static Copy copy(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Copy(rs.getObject("id", UUID.class), rs.getString("dossier_code"), rs.getString("office_code"),
                rs.getObject("scan_id", UUID.class), rs.getString("paper"), rs.getString("sha256"), rs.getLong("size_bytes"),
                rs.getString("made_by"), rs.getTimestamp("made_at").toInstant());
    }
}

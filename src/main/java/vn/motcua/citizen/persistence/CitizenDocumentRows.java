package vn.motcua.citizen.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.citizen.domain.CitizenDocument;

/** The {@code citizen_document} table (V37): a citizen's papers, always read with their owner. */
@Repository
public class CitizenDocumentRows {

    private static final String COLUMNS = "id, kind, file_name, content_type, size_bytes, origin, added_at, sha256, digitisation_code";

    private final JdbcClient jdbc;

    CitizenDocumentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a paper unless the owner already keeps the most allowed; false when full. Locks the owner's row. */
    public boolean add(UUID owner, CitizenDocument document, int max) {
        jdbc.sql("select id from citizen_account where id = ? for update").param(owner).query(UUID.class).single();
        int kept = jdbc.sql("select count(*) from citizen_document where account_id = ? and deleted_at is null")
                .param(owner).query(Integer.class).single();
        if (kept >= max) {
            return false;
        }
        jdbc.sql("insert into citizen_document (id, account_id, sha256, size_bytes, content_type, file_name, kind, origin, "
                        + "added_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(document.id(), owner, document.sha256(), document.size(), document.contentType(),
                        document.fileName(), document.kind(), document.origin().name(), Timestamp.from(document.addedAt()))
                .update();
        return true;
    }

    public List<CitizenDocument> kept(UUID owner) {
        return jdbc.sql("select " + COLUMNS + " from citizen_document where account_id = ? and deleted_at is null "
                + "order by added_at desc, id").param(owner).query((rows, n) -> document(rows)).list();
    }

    /** The owner's paper, not deleted; another citizen's paper is not found. */
    public Optional<CitizenDocument> find(UUID owner, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from citizen_document where account_id = ? and id = ? and deleted_at is null")
                .params(owner, id).query((rows, n) -> document(rows)).optional();
    }

    public boolean markDeleted(UUID owner, UUID id, Instant at) {
        return jdbc.sql("update citizen_document set deleted_at = ? where account_id = ? and id = ? and deleted_at is null")
                .params(Timestamp.from(at), owner, id).update() == 1;
    }

    private static CitizenDocument document(ResultSet rows) throws SQLException {
        return new CitizenDocument(rows.getObject("id", UUID.class), rows.getString("kind"), rows.getString("file_name"),
                rows.getString("content_type"), rows.getLong("size_bytes"),
                CitizenDocument.Origin.valueOf(rows.getString("origin")), rows.getTimestamp("added_at").toInstant(),
                rows.getString("sha256"), rows.getString("digitisation_code"));
    }

    /** Marks the owner's papers with these bytes as digitised by a desk; how many were. */
    public int markDigitised(UUID owner, String sha256, String code, Instant at) {
        return jdbc.sql("""
                update citizen_document set digitisation_code = ?, digitised_at = ?
                where account_id = ? and sha256 = ? and deleted_at is null and digitisation_code is null
                """).params(code, java.sql.Timestamp.from(at), owner, sha256).update();
    }
}

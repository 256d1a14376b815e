package vn.motcua.results.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.results.domain.Delivery;
import vn.motcua.results.domain.ResultDocument;
import vn.motcua.results.domain.ResultEntry;

/** The {@code result_document} table and the register's numbers per office and year (V40). */
@Repository
public class ResultRows {

    private final JdbcClient jdbc;

    ResultRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the office's register of the year, taken in the caller's transaction (never twice). */
    public int nextRegisterNumber(String office, int year) {
        return jdbc.sql("""
                insert into result_register_sequence (office_code, year, last_value) values (?, ?, 1)
                on conflict (office_code, year) do update set last_value = result_register_sequence.last_value + 1
                returning last_value
                """).params(office, year).query(Integer.class).single();
    }

    /** The next sequence of a result of the dossier; the dossier's results are locked until the transaction ends. */
    public int nextSequence(String dossierCode) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('result:' || ?))").param(dossierCode).query().singleRow();
        return jdbc.sql("select coalesce(max(sequence), 0) + 1 from result_document where dossier_code = ?")
                .param(dossierCode).query(Integer.class).single();
    }

    public void insert(ResultDocument r) {
        var e = r.entry();
        jdbc.sql("""
                insert into result_document (id, dossier_code, office_code, sequence, register_year, register_number, kind,
                    document_number, signed_on, signer, signer_position, delivery, file_name, content_type, size_bytes,
                    sha256, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(r.id(), r.dossierCode(), r.office(), r.sequence(), r.registerYear(), r.registerNumber(), e.kind(),
                        e.number(), e.signedOn(), e.signer(), e.position(), e.delivery().name(), r.fileName(), r.contentType(),
                        r.size(), r.sha256(), r.recordedBy(), Timestamp.from(r.recordedAt())).update();
    }

    public List<ResultDocument> ofDossier(String dossierCode) {
        return jdbc.sql("select * from result_document where dossier_code = ? order by sequence").param(dossierCode)
                .query(ResultRows::document).list();
    }

    public Optional<ResultDocument> find(UUID id) {
        return jdbc.sql("select * from result_document where id = ?").param(id).query(ResultRows::document).optional();
    }

    /** The office's register of the year, by number, at most {@code limit} from {@code from}. */
    public List<ResultDocument> register(String office, int year, int from, int limit) {
        return jdbc.sql("""
                select * from result_document where office_code = ? and register_year = ? and register_number >= ?
                order by register_number limit ?
                """).params(office, year, from, limit).query(ResultRows::document).list();
    }

    /** Of the dossiers the offices recorded results for in [from, to): how many, and how many with an electronic one. */
    public long[] figures(List<String> offices, java.time.Instant from, java.time.Instant to) {
        if (offices.isEmpty()) {
            return new long[2];
        }
        return jdbc.sql("""
                select count(distinct dossier_code),
                       count(distinct dossier_code) filter (where delivery in ('ELECTRONIC', 'BOTH'))
                from result_document where office_code in (:offices) and recorded_at >= :from and recorded_at < :to
                """).param("offices", offices).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private static ResultDocument document(ResultSet rs, int n) throws SQLException {
        var entry = new ResultEntry(rs.getString("kind"), rs.getString("document_number"),
                rs.getDate("signed_on").toLocalDate(), rs.getString("signer"), rs.getString("signer_position"),
                Delivery.valueOf(rs.getString("delivery")));
        return new ResultDocument(rs.getObject("id", UUID.class), rs.getString("dossier_code"), rs.getString("office_code"),
                rs.getInt("sequence"), rs.getInt("register_year"), rs.getInt("register_number"), entry,
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}

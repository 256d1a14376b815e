package vn.motcua.portal.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.portal.domain.Feedback;

/**
 * The {@code feedback} table. A code already taken is refused by the database ({@code DuplicateKeyException}); an
 * answer is saved only over the version the officer saw.
 */
@Repository
public class FeedbackRows {

    private final JdbcClient jdbc;

    FeedbackRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Feedback f, String code, String addressHash) {
        jdbc.sql("""
                insert into feedback (code, office_code, kind, subject, content, dossier_code, contact_name, contact_phone,
                    contact_email, received_at, due_at, address_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(code, f.office(), f.kind().name(), f.subject(), f.content(), f.dossierCode(), f.contact().name(),
                        f.contact().phone(), f.contact().email(), Timestamp.valueOf(f.receivedAt()), Timestamp.valueOf(f.dueAt()),
                        addressHash).update();
    }

    public Optional<Feedback> byCode(String code) {
        return jdbc.sql("select * from feedback where code = ?").param(code).query(FeedbackRows::feedback).optional();
    }

    /** The office's feedback, open first by deadline, then the latest answered. */
    public List<Feedback> ofOffice(String office, int limit) {
        return jdbc.sql("""
                select * from feedback where office_code = ? order by status = 'ANSWERED', due_at, id desc limit ?
                """).params(office, limit).query(FeedbackRows::feedback).list();
    }

    public Optional<Feedback> find(long id, String office) {
        return jdbc.sql("select * from feedback where id = ? and office_code = ?").params(id, office)
                .query(FeedbackRows::feedback).optional();
    }

    /** Saves the answer over the version seen; returns whether it was that version. */
    public boolean answer(Feedback answered, long seenVersion) {
        return jdbc.sql("""
                update feedback set status = 'ANSWERED', answer = ?, answered_at = ?, answered_by = ?, verified = ?,
                    version = version + 1
                where id = ? and version = ?
                """).params(answered.answer(), Timestamp.valueOf(answered.answeredAt()), answered.answeredBy(),
                        answered.verified(), answered.id(), seenVersion).update() == 1;
    }

    /** Answered on time, answered late, open past the deadline at {@code now}: of the feedback received in the days. */
    public long[] handling(String office, LocalDate from, LocalDate to, LocalDateTime now) {
        return jdbc.sql("""
                select count(*) filter (where answered_at is not null and answered_at <= due_at),
                       count(*) filter (where answered_at is not null and answered_at > due_at),
                       count(*) filter (where answered_at is null and due_at < ?)
                from feedback where office_code = ? and received_at >= ? and received_at < ?
                """).params(Timestamp.valueOf(now), office, Timestamp.valueOf(from.atStartOfDay()),
                        Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    /** The dossiers of the office about which a complaint was found justified. */
    public Set<String> justifiedComplaints(String office) {
        return new HashSet<>(jdbc.sql("""
                select distinct dossier_code from feedback where office_code = ? and verified and dossier_code is not null
                """).param(office).query(String.class).list());
    }

    private static Feedback feedback(ResultSet rs, int row) throws SQLException {
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new Feedback(rs.getLong("id"), rs.getString("code"), rs.getString("office_code"),
                Feedback.Kind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("content"),
                rs.getString("dossier_code"), new Feedback.Contact(rs.getString("contact_name"), rs.getString("contact_phone"),
                        rs.getString("contact_email")),
                rs.getTimestamp("received_at").toLocalDateTime(), rs.getTimestamp("due_at").toLocalDateTime(),
                rs.getString("answer"), answeredAt == null ? null : answeredAt.toLocalDateTime(), rs.getString("answered_by"),
                rs.getBoolean("verified"), rs.getLong("version"));
    }
}

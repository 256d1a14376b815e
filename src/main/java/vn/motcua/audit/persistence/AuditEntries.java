package vn.motcua.audit.persistence;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.audit.AuditEntry;

/** The {@code audit_entry} table: append-only (a trigger refuses changes). */
@Repository
public class AuditEntries {

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AuditEntry entry) {
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor, office_code, action, subject, detail)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(Timestamp.from(entry.at()), entry.actor(), entry.officeCode(), entry.action(),
                        entry.subject(), entry.detail())
                .update();
    }

    /** The latest entries about one subject, newest first. */
    public List<AuditEntry> about(String subject, int limit) {
        return jdbc.sql("""
                select occurred_at, actor, office_code, action, subject, detail from audit_entry
                where subject = ? order by id desc limit ?
                """)
                .params(subject, limit)
                .query((rs, n) -> new AuditEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        rs.getString("office_code"), rs.getString("action"), rs.getString("subject"),
                        rs.getString("detail")))
                .list();
    }
}

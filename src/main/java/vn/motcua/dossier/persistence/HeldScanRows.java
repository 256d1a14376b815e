package vn.motcua.dossier.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.dossier.domain.Scan;

/**
 * Scans attached to a reception form that was sent back for an error, held under the officer and the form's
 * submission key until the form is accepted; a form left unfinished lets go of its scans after a day.
 */
@Repository
public class HeldScanRows {

    /** A held scan as the form lists it (without its bytes). */
    public record Held(UUID id, String paper, String fileName, String contentType, int sizeBytes) {
    }

    private final JdbcClient jdbc;

    HeldScanRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void hold(String actor, String key, Scan scan) {
        jdbc.sql("delete from held_scan where held_at < now() - interval '1 day'").update();
        jdbc.sql("""
                insert into held_scan (id, actor, submission_key, paper, file_name, content_type, content)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(UUID.randomUUID(), actor, key, scan.paper(), scan.fileName(), scan.contentType(), scan.content())
                .update();
    }

    public List<Held> held(String actor, String key) {
        return jdbc.sql("""
                select id, paper, file_name, content_type, octet_length(content) as size from held_scan
                where actor = ? and submission_key = ? order by held_at, file_name
                """).params(actor, key)
                .query((rs, n) -> new Held(rs.getObject("id", UUID.class), rs.getString("paper"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getInt("size"))).list();
    }

    public List<Scan> scans(String actor, String key) {
        return jdbc.sql("""
                select paper, file_name, content_type, content from held_scan
                where actor = ? and submission_key = ? order by held_at, file_name
                """).params(actor, key)
                .query((rs, n) -> new Scan(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content"),
                        rs.getString("paper"))).list();
    }

    public void drop(String actor, String key, Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from held_scan where actor = :actor and submission_key = :key and id in (:ids)")
                    .param("actor", actor).param("key", key).param("ids", List.copyOf(ids)).update();
        }
    }

    public void release(String actor, String key) {
        jdbc.sql("delete from held_scan where actor = ? and submission_key = ?").params(actor, key).update();
    }
}

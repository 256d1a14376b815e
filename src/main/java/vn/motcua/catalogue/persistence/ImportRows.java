package vn.motcua.catalogue.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code catalogue_import} table: each background import, its progress and outcome. */
@Repository
public class ImportRows {

    /** An import as stored. */
    public record Row(UUID id, String fileName, String actor, String status, int total, int done, int added, int changed,
            String message, Instant startedAt, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    ImportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void start(UUID id, String fileName, String actor, String office, int total, Instant at) {
        jdbc.sql("""
                insert into catalogue_import (id, file_name, actor, office_code, status, total, started_at, updated_at)
                values (?, ?, ?, ?, 'RUNNING', ?, ?, ?)
                """).params(id, fileName, actor, office, total, Timestamp.from(at), Timestamp.from(at)).update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("select * from catalogue_import where id = ?").param(id)
                .query((rs, n) -> new Row(id, rs.getString("file_name"), rs.getString("actor"), rs.getString("status"),
                        rs.getInt("total"), rs.getInt("done"), rs.getInt("added"), rs.getInt("changed"), rs.getString("message"),
                        rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    public void progress(UUID id, int done, Instant at) {
        jdbc.sql("update catalogue_import set done = ?, updated_at = ? where id = ?").params(done, Timestamp.from(at), id).update();
    }

    public void finish(UUID id, String status, int done, int added, int changed, String message, Instant at) {
        jdbc.sql("""
                update catalogue_import set status = ?, done = ?, added = ?, changed = ?, message = ?, updated_at = ?
                where id = ?
                """).params(status, done, added, changed, message, Timestamp.from(at), id).update();
    }
}

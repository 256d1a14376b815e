package vn.motcua.planning.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.WorkingCalendars;

/** The simulator's runs in PostgreSQL: asked, claimed by one instance, their progress and result. */
@Repository
public class SimulationRows {

    /** A run still QUEUED, or RUNNING without progress for this long (its instance stopped), is claimed again. */
    static final String STALE = "10 minutes";

    private final JdbcClient jdbc;

    SimulationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(UUID id, String office, String requestedBy, Instant requestedAt, String request, String status, int done,
            int total, Long elapsedMs, String result, String error) {

        public LocalDateTime requestedLocal() {
            return LocalDateTime.ofInstant(requestedAt, WorkingCalendars.ZONE);
        }
    }

    public void insert(UUID id, String office, String by, Instant at, String request, int total) {
        jdbc.sql("""
                insert into planning_simulation (id, office_code, requested_by, requested_at, request, status, total)
                values (?, ?, ?, ?, cast(? as jsonb), 'QUEUED', ?)
                """).params(id, office, by, Timestamp.from(at), request, total).update();
    }

    /** The office's runs waiting or running now. */
    public int unfinished(String office) {
        return jdbc.sql("select count(*) from planning_simulation where office_code = ? and status in ('QUEUED', 'RUNNING')")
                .param(office).query(Integer.class).single();
    }

    /** Claims the oldest run waiting (or left running by a stopped instance), if any: no two instances claim one. */
    public Optional<Row> claim() {
        return jdbc.sql("""
                update planning_simulation set status = 'RUNNING', claimed_at = now(), done = 0
                where id = (select id from planning_simulation
                            where status = 'QUEUED' or (status = 'RUNNING' and claimed_at < now() - cast('%s' as interval))
                            order by requested_at limit 1 for update skip locked)
                returning *
                """.formatted(STALE)).query(SimulationRows::row).optional();
    }

    public void progress(UUID id, int done) {
        jdbc.sql("update planning_simulation set done = ?, claimed_at = now() where id = ? and status = 'RUNNING'")
                .params(done, id).update();
    }

    public void finished(UUID id, String result, long elapsedMs) {
        jdbc.sql("""
                update planning_simulation set status = 'DONE', done = total, result = cast(? as jsonb), elapsed_ms = ?,
                  finished_at = now() where id = ?
                """).params(result, elapsedMs, id).update();
    }

    public void failed(UUID id, String error) {
        jdbc.sql("update planning_simulation set status = 'FAILED', error = ?, finished_at = now() where id = ?")
                .params(error.length() > 400 ? error.substring(0, 400) : error, id).update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("select * from planning_simulation where id = ?").param(id).query(SimulationRows::row).optional();
    }

    /** The offices' latest runs, newest first. */
    public List<Row> latest(List<String> offices, int limit) {
        return jdbc.sql("select * from planning_simulation where office_code in (:offices) order by requested_at desc limit :limit")
                .param("offices", offices).param("limit", limit).query(SimulationRows::row).list();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("office_code"), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), rs.getString("request"), rs.getString("status"), rs.getInt("done"),
                rs.getInt("total"), (Long) rs.getObject("elapsed_ms"), rs.getString("result"), rs.getString("error"));
    }
}

package vn.motcua.reporting.persistence;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code projection_position} table: where each projector has read the dossier journal to (a transaction id and
 * a row), and the projector's advisory lock, held to the end of the transaction that moves it.
 */
@Repository
public class ProjectionPositions {

    private final JdbcClient jdbc;

    ProjectionPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the projector's lock for the current transaction, waiting for it. */
    public void lock(String projector) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(projector).query(Object.class).single();
    }

    /** Takes the projector's lock for the current transaction unless another holds it; returns whether it did. */
    public boolean tryLock(String projector) {
        return jdbc.sql("select pg_try_advisory_xact_lock(hashtext(?))").param(projector).query(Boolean.class).single();
    }

    /** The projector's position as (transaction, row), if it has read anything. */
    public Optional<long[]> position(String projector) {
        return jdbc.sql("select tx::text, id from projection_position where name = ?").param(projector)
                .query((rs, n) -> new long[] {Long.parseLong(rs.getString(1)), rs.getLong(2)}).optional();
    }

    public void moveTo(String projector, long tx, long id) {
        jdbc.sql("""
                insert into projection_position (name, tx, id) values (?, cast(? as xid8), ?)
                on conflict (name) do update set tx = excluded.tx, id = excluded.id
                """).params(projector, String.valueOf(tx), id).update();
    }
}

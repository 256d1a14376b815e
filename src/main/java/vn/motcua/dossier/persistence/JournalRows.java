package vn.motcua.dossier.persistence;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.DossierStatus;

/**
 * Reads the transitions in commit-safe order: by the id of the transaction that wrote each ({@code tx}) and its row,
 * only below the oldest transaction still running, so that a reader never passes a row an open transaction may
 * still commit.
 */
@Repository
public class JournalRows {

    /** One transition after a reader's position, with the dossier as it is now. */
    public record Row(long tx, long id, Action action, DossierStatus from, DossierStatus to, LocalDateTime at, DossierData dossier) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JournalRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Up to {@code limit} rows after ({@code tx}, {@code id}), oldest first. */
    public List<Row> after(long tx, long id, int limit) {
        return jdbc.sql("""
                select t.tx::text as tx, t.id, t.action, t.from_status, t.to_status, t.at, d.data
                from dossier_transition t join dossier d on d.code = t.dossier_code
                where (t.tx, t.id) > (cast(:tx as xid8), :id) and t.tx < pg_snapshot_xmin(pg_current_snapshot())
                order by t.tx, t.id limit :limit
                """).param("tx", String.valueOf(tx)).param("id", id).param("limit", limit)
                .query((rs, n) -> new Row(Long.parseLong(rs.getString("tx")), rs.getLong("id"), Action.valueOf(rs.getString("action")),
                        rs.getString("from_status") == null ? null : DossierStatus.valueOf(rs.getString("from_status")),
                        DossierStatus.valueOf(rs.getString("to_status")), rs.getTimestamp("at").toLocalDateTime(),
                        json.readValue(rs.getString("data"), DossierData.class)))
                .list();
    }

    /** How many rows {@link #after} would give after ({@code tx}, {@code id}), counted up to {@code cap}. */
    public long countAfter(long tx, long id, int cap) {
        return jdbc.sql("""
                select count(*) from (select 1 from dossier_transition t
                    where (t.tx, t.id) > (cast(:tx as xid8), :id) and t.tx < pg_snapshot_xmin(pg_current_snapshot())
                    limit :cap) waiting
                """).param("tx", String.valueOf(tx)).param("id", id).param("cap", cap).query(Long.class).single();
    }

    /** The current transaction's id and the last transition row it wrote (0 when none). */
    public long[] lastOfThisTransaction() {
        return jdbc.sql("""
                select pg_current_xact_id()::text, coalesce(max(id), 0) from dossier_transition where tx = pg_current_xact_id()
                """).query((rs, n) -> new long[] {Long.parseLong(rs.getString(1)), rs.getLong(2)}).single();
    }

    /** How many times the action was taken on the dossier. */
    public long count(DossierCode code, Action action) {
        return jdbc.sql("select count(*) from dossier_transition where dossier_code = ? and action = ?")
                .params(code.value(), action.name()).query(Long.class).single();
    }
}

package vn.motcua.dossier;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.DossierCode;

/**
 * The dossier journal for read models: every transition in commit-safe order with the dossier as it is now.
 * An entry is handed out only once every transaction that could still write an earlier one has ended, so a
 * reader that keeps its position never skips a transition nor reads one twice.
 */
@Service
public class DossierJournal {

    /** Where a reader has read to: the transaction and the row of the last entry it took. */
    public record Position(long tx, long id) {
        public static final Position START = new Position(0, 0);
    }

    /** One transition and the dossier it belongs to (in its current state). */
    public record Entry(Position position, Action action, DossierStatus from, DossierStatus to,
            java.time.LocalDateTime at, DossierSummary dossier) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DossierJournal(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Up to {@code limit} entries after the position, oldest first. */
    public List<Entry> after(Position position, int limit) {
        return jdbc.sql("""
                select t.tx::text as tx, t.id, t.action, t.from_status, t.to_status, t.at, d.data
                from dossier_transition t join dossier d on d.code = t.dossier_code
                where (t.tx, t.id) > (cast(:tx as xid8), :id) and t.tx < pg_snapshot_xmin(pg_current_snapshot())
                order by t.tx, t.id limit :limit
                """).param("tx", String.valueOf(position.tx())).param("id", position.id()).param("limit", limit)
                .query((rs, n) -> new Entry(new Position(Long.parseLong(rs.getString("tx")), rs.getLong("id")),
                        Action.valueOf(rs.getString("action")),
                        rs.getString("from_status") == null ? null : DossierStatus.valueOf(rs.getString("from_status")),
                        DossierStatus.valueOf(rs.getString("to_status")), ((Timestamp) rs.getTimestamp("at")).toLocalDateTime(),
                        DossierSummary.of(json.readValue(rs.getString("data"), DossierData.class))))
                .list();
    }

    /** How many times the action was taken on the dossier. */
    public long count(DossierCode code, Action action) {
        return jdbc.sql("select count(*) from dossier_transition where dossier_code = ? and action = ?")
                .params(code.value(), action.name()).query(Long.class).single();
    }
}

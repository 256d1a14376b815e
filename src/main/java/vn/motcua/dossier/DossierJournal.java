package vn.motcua.dossier;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.persistence.JournalRows;

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

    private final JournalRows rows;

    DossierJournal(JournalRows rows) {
        this.rows = rows;
    }

    /** Up to {@code limit} entries after the position, oldest first. */
    public List<Entry> after(Position position, int limit) {
        return rows.after(position.tx(), position.id(), limit).stream().map(r -> new Entry(new Position(r.tx(), r.id()),
                r.action(), r.from(), r.to(), r.at(), DossierSummary.of(r.dossier()))).toList();
    }

    /** How many entries wait after the position, counted up to {@code cap} (a reader's backlog). */
    public long waitingAfter(Position position, int cap) {
        return rows.countAfter(position.tx(), position.id(), cap);
    }

    /**
     * The position of the last transition the current transaction wrote (or of its start, when none): a bulk load
     * that counts what it copied moves its reader past it.
     */
    public Position lastOfThisTransaction() {
        long[] last = rows.lastOfThisTransaction();
        return new Position(last[0], last[1]);
    }

    /** How many times the action was taken on the dossier. */
    public long count(DossierCode code, Action action) {
        return rows.count(code, action);
    }
}

package vn.motcua.reporting;

import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.Timeliness;
import vn.motcua.calendar.domain.TimelinessClass;
import vn.motcua.dossier.DossierJournal;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.domain.Action;
import vn.motcua.reporting.domain.CountChange;
import vn.motcua.reporting.domain.CountSums;
import vn.motcua.reporting.domain.DossierFact;
import vn.motcua.reporting.persistence.ProjectionPositions;
import vn.motcua.reporting.persistence.ReportStore;

/**
 * Keeps the reporting read models current: reads the dossier journal after its position, replaces the facts of
 * each dossier it touches and adds each event to the counters, in one transaction with the new position, so every
 * event counts exactly once. One instance works at a time (an advisory lock); the others skip their turn.
 */
@Component
public class ReportProjector {

    static final String NAME = "report";
    static final int BATCH = 500;

    private final ProjectionPositions positions;
    private final DossierJournal journal;
    private final WorkingCalendars calendars;
    private final ReportStore store;
    private final AgencyLines lines;
    private final TransactionTemplate transactions;
    private final LateCauses lateCauses;

    ReportProjector(ProjectionPositions positions, DossierJournal journal, WorkingCalendars calendars, ReportStore store, AgencyLines lines,
            PlatformTransactionManager transactions, LateCauses lateCauses) {
        this.lateCauses = lateCauses;
        this.lines = lines;
        this.positions = positions;
        this.journal = journal;
        this.calendars = calendars;
        this.store = store;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Every few seconds: skipped when another instance is projecting at that moment. */
    @Scheduled(fixedDelayString = "${motcua.reporting.projector-delay:2s}")
    void scheduled() {
        catchUp(false);
    }

    /**
     * Reads the journal to its end, waiting for another instance that is projecting at that moment; returns how
     * many events this call counted.
     */
    public int catchUp() {
        return catchUp(true);
    }

    private int catchUp(boolean wait) {
        int total = 0;
        int read;
        do {
            Integer step = transactions.execute(status -> step(wait));
            read = step == null ? 0 : step;
            total += read;
        } while (read == BATCH);
        return total;
    }

    /** Takes the projector's lock for the current transaction (waiting for it), as a bulk load must. */
    void lock() {
        positions.lock(NAME);
    }

    private int step(boolean wait) {
        if (wait) {
            lock();
        } else if (!positions.tryLock(NAME)) {
            return 0;
        }
        List<DossierJournal.Entry> entries = journal.after(position(), BATCH);
        if (entries.isEmpty()) {
            return 0;
        }
        var facts = new LinkedHashMap<String, DossierFact>();
        var sums = new CountSums(lines.forBatch());
        for (var entry : entries) {
            DossierFact fact = facts.computeIfAbsent(entry.dossier().code().value(), code -> fact(entry.dossier()));
            switch (entry.action()) {
                case ACCEPT -> sums.add(CountChange.received(fact));
                case RESULT_READY, REFUSE, STOP -> sums.add(CountChange.closed(fact));
                case RETURN -> sums.add(CountChange.returned(fact));
                default -> { }
            }
        }
        store.saveFacts(facts.values());
        store.addCounts(sums);
        moveTo(entries.getLast().position());
        return entries.size();
    }

    DossierJournal.Position position() {
        return positions.position(NAME).map(p -> new DossierJournal.Position(p[0], p[1])).orElse(DossierJournal.Position.START);
    }

    /** Journal entries not yet counted, up to {@code cap}: how far the statistics lag behind the dossiers. */
    public long backlog(int cap) {
        return journal.waitingAfter(position(), cap);
    }

    void moveTo(DossierJournal.Position last) {
        positions.moveTo(NAME, last.tx(), last.id());
    }

    /** The dossier's facts as it is now, judged by the one timeliness function at the instant it finished. */
    DossierFact fact(DossierSummary d) {
        return fact(d, d.finishedAt() == null ? 0 : journal.count(d.code(), Action.REQUEST_SUPPLEMENT));
    }

    DossierFact fact(DossierSummary d, long supplementRequests) {
        TimelinessClass verdict = null;
        if (d.finishedAt() != null) {
            var calendar = calendars.of(d.office()).orElseThrow();
            var facts = new Timeliness.Facts(d.dueAt(), d.rescheduledDueAt(), d.finishedAt(), false);
            verdict = Timeliness.judge(facts, d.finishedAt(), calendar, 0).timeliness();
        }
        return DossierFact.of(d, verdict, supplementRequests, lateCauses);
    }
}

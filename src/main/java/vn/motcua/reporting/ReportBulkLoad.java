package vn.motcua.reporting;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.motcua.dossier.DossierBulkLoad;
import vn.motcua.dossier.DossierJournal;
import vn.motcua.dossier.domain.Action;
import vn.motcua.reporting.domain.CountChange;
import vn.motcua.reporting.domain.CountSums;
import vn.motcua.reporting.domain.DossierFact;
import vn.motcua.reporting.persistence.ReportStore;
import vn.motcua.organization.domain.AgencyCode;

/**
 * Counts a bulk-loaded history into the read models at once, with the same functions the projector uses for each
 * event, and moves the projector past the history's transitions so they are not counted twice. Runs in the load's
 * transaction, holding the projector's lock; a load is meant for a quiet database (first start of the demo, a
 * benchmark): a dossier accepted by another transaction while a load runs could be passed over by the projector.
 */
@Service
public class ReportBulkLoad {

    private final ReportProjector projector;
    private final ReportStore store;
    private final DossierJournal journal;

    private final AgencyLines lines;

    ReportBulkLoad(ReportProjector projector, ReportStore store, DossierJournal journal, AgencyLines lines) {
        this.lines = lines;
        this.projector = projector;
        this.store = store;
        this.journal = journal;
    }

    /** Before a load: everything already in the journal counted. */
    public void prepare() {
        projector.catchUp();
    }

    /** Whether the read models hold a dossier of the office received between the days (both included). */
    public boolean hasAny(AgencyCode office, java.time.LocalDate from, java.time.LocalDate to) {
        return store.hasFacts(office.value(), from, to);
    }

    /**
     * Counts the batch (just copied in the current transaction) and moves the projector past it. The facts are new
     * rows no one else writes; the counters and the projector's position are written under the projector's lock
     * (held to the commit), so parallel loads wait on each other only for that part.
     */
    public void count(List<DossierBulkLoad.Loaded> batch) {
        var counted = counted(batch);
        store.copyFacts(counted.facts());
        projector.lock();
        store.copyCounts(counted.sums());
        var last = journal.lastOfThisTransaction();
        var now = projector.position();
        if (last.tx() > now.tx() || (last.tx() == now.tx() && last.id() > now.id())) {
            projector.moveTo(last);
        }
    }

    /** Counts the dossiers into the read models only (they are not in the dossier tables: a benchmark's history). */
    public void countWithoutJournal(List<DossierBulkLoad.Loaded> batch) {
        var counted = counted(batch);
        store.copyFacts(counted.facts());
        store.copyCounts(counted.sums());
    }

    private record Counted(List<DossierFact> facts, CountSums sums) {
    }

    private Counted counted(List<DossierBulkLoad.Loaded> batch) {
        var facts = new ArrayList<DossierFact>(batch.size());
        var sums = new CountSums(lines.forBatch());
        for (var loaded : batch) {
            long supplements = loaded.transitions().stream().filter(t -> t.action() == Action.REQUEST_SUPPLEMENT).count();
            DossierFact fact = projector.fact(loaded.summary(), supplements);
            facts.add(fact);
            CountChange.all(fact).forEach(sums::add);
        }
        return new Counted(facts, sums);
    }
}

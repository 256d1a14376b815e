package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.Transition;
import vn.motcua.dossier.persistence.DossierCopy;
import vn.motcua.organization.domain.AgencyCode;

/**
 * Loads a history of dossiers made elsewhere (a demo history, a benchmark's millions) with COPY, in the caller's
 * transaction: the dossiers, their transitions, and the offices' daily code numbers past the codes used, so the
 * desk never issues a code the history holds.
 */
@Service
public class DossierBulkLoad {

    /** A dossier as it is now and every transition that brought it there, oldest first; its number of the day. */
    public record Loaded(DossierData dossier, List<Transition> transitions, long number) {

        /** What the dossier module publishes of the dossier (see {@link DossierSummary}). */
        public DossierSummary summary() {
            return DossierSummary.of(dossier);
        }
    }

    private final DossierCopy copy;

    DossierBulkLoad(DossierCopy copy) {
        this.copy = copy;
    }

    /** Whether the office has any dossier received between the days (both included). */
    public boolean hasAny(AgencyCode office, LocalDate from, LocalDate to) {
        return copy.hasAny(office, from, to);
    }

    /**
     * For the current transaction: its commit need not wait for the disk (a history can be loaded again if the
     * machine fails in that instant; no citizen's dossier is at stake).
     */
    public void withoutWaitingForDisk() {
        copy.withoutWaitingForDisk();
    }

    /** Copies the batch (see {@link DossierCopy#copy}). */
    public void copy(List<Loaded> batch) {
        copy.copy(batch.stream().map(l -> new DossierCopy.Row(l.dossier(), l.transitions(), l.number())).toList());
    }
}

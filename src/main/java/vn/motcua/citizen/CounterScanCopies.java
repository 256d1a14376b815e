package vn.motcua.citizen;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.citizen.persistence.CitizenAccountRows;
import vn.motcua.dossier.CounterScansReceived;

/**
 * Papers digitised at the counter for a citizen who has an account go to their document store, in the acceptance's
 * own transaction: the dossier and the copies are kept together or not at all.
 */
@Component
class CounterScanCopies {

    private final CitizenAccountRows accounts;
    private final CitizenDocuments documents;

    CounterScanCopies(CitizenAccountRows accounts, CitizenDocuments documents) {
        this.accounts = accounts;
        this.documents = documents;
    }

    @EventListener
    void copy(CounterScansReceived received) {
        accounts.findByIdNumber(received.applicantIdNumber()).ifPresent(account -> received.scans().forEach(scan ->
                documents.keepCounterScan(account, received.dossierCode(), scan.paper(), scan.fileName(), scan.content())));
    }
}

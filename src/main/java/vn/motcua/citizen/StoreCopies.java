package vn.motcua.citizen;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.citizen.persistence.CitizenAccountRows;
import vn.motcua.dossier.CounterScansReceived;
import vn.motcua.dossier.PaperDigitised;
import vn.motcua.results.CertifiedCopyIssued;
import vn.motcua.results.ResultIssued;

/**
 * What other modules issue to a citizen who has an account goes to their document store (Kho), in the issuing
 * transaction, so that both are kept together or not at all: papers digitised at the counter, and results issued
 * electronically (under their kind and code, {@code <dossier code>-KQ<n>}).
 */
@Component
class StoreCopies {

    private final CitizenAccountRows accounts;
    private final CitizenDocuments documents;

    StoreCopies(CitizenAccountRows accounts, CitizenDocuments documents) {
        this.accounts = accounts;
        this.documents = documents;
    }

    @EventListener
    void copy(CounterScansReceived received) {
        accounts.findByIdNumber(received.applicantIdNumber()).ifPresent(account -> received.scans().forEach(scan ->
                documents.keepCounterScan(account, received.dossierCode(), scan.paper(), scan.fileName(), scan.content())));
    }

    /** A paper a desk digitised: the citizen's copy of it is marked, to be reused as digitised data. */
    @EventListener
    void mark(PaperDigitised digitised) {
        accounts.findByIdNumber(digitised.applicantIdNumber()).ifPresent(account -> documents.markDigitised(account,
                digitised.sha256(), digitised.digitisationCode(), digitised.at()));
    }

    @EventListener
    void keep(CertifiedCopyIssued copy) {
        accounts.findByIdNumber(copy.applicantIdNumber()).ifPresent(account -> documents.keepCertifiedCopy(account,
                copy.dossierCode(), copy.paper(), copy.fileName(), copy.size(), copy.sha256()));
    }

    @EventListener
    void keep(ResultIssued issued) {
        accounts.findByIdNumber(issued.applicantIdNumber()).ifPresent(account -> documents.keepIssuedResult(account,
                issued.resultCode(), issued.kind() + " (" + issued.resultCode() + ")", issued.fileName(),
                issued.contentType(), issued.size(), issued.sha256()));
    }
}

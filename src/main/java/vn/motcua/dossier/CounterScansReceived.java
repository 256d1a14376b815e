package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import vn.motcua.dossier.domain.Scan;

/**
 * Published in the acceptance's transaction when papers were digitised at the counter for an individual applicant:
 * a citizen with an account finds them in their document store (issue 20, item 5).
 *
 * @param applicantIdNumber the applicant's personal ID number
 */
public record CounterScansReceived(String dossierCode, String applicantIdNumber, List<Scan> scans, Instant at) {

    public CounterScansReceived {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicantIdNumber, "applicantIdNumber");
        scans = List.copyOf(scans);
    }
}

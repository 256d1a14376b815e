package vn.motcua.dossier;

import java.time.Instant;
import java.util.Objects;

/**
 * Published in the digitisation's transaction when a desk checked a scan of an individual applicant's paper against
 * the original: the citizen's copy of it (same bytes) becomes digitised data, reusable in a later dossier.
 *
 * @param sha256 the scan's SHA-256 in hex, as the content store names it
 */
public record PaperDigitised(String dossierCode, String applicantIdNumber, String paper, String sha256,
        String digitisationCode, Instant at) {

    public PaperDigitised {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicantIdNumber, "applicantIdNumber");
        Objects.requireNonNull(sha256, "sha256");
    }
}

package vn.motcua.results;

/**
 * Published in the issuing transaction when the desk certified an electronic copy of an individual applicant's paper:
 * the copy reaches their store.
 */
public record CertifiedCopyIssued(String dossierCode, String applicantIdNumber, String paper, String fileName, long size,
        String sha256) {
}

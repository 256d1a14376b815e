package vn.motcua.results;

/**
 * A result recorded to go back electronically, published in the recording's transaction: the citizen module keeps it
 * in the applicant's store when they have an account. The file is in the content store under {@code sha256}.
 */
public record ResultIssued(String dossierCode, String resultCode, String applicantIdNumber, String kind, String fileName,
        String contentType, long size, String sha256) {
}

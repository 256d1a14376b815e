package vn.motcua.dossier.domain;

/** Where a dossier stands. */
public enum DossierStatus {
    /** Accepted at the desk with form 01; the clock runs. */
    RECEIVED,
    /** With the competent unit, along the procedure's internal steps. */
    PROCESSING,
    /** Waiting for the applicant to supply missing items; the clock will restart when complete. */
    SUPPLEMENT_REQUESTED,
    /** The draft result waits for the leader's signature. */
    AWAITING_APPROVAL,
    /** Signed; the result is on its way to the desk. */
    APPROVED,
    /** The result is at the desk for the applicant. */
    RESULT_READY,
    /** The result was handed over, posted or sent online. */
    RETURNED,
    /** Refused after review, with reasons. */
    REFUSED,
    /** Stopped at the applicant's request (form 05). */
    STOPPED;

    public boolean isFinal() {
        return this == RETURNED || this == REFUSED || this == STOPPED;
    }
}

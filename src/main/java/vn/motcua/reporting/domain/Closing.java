package vn.motcua.reporting.domain;

/**
 * How a dossier left the office's hands: with a result, refused after review (both judged for timeliness), or
 * stopped at the applicant's request (not judged).
 */
public enum Closing {
    RESULT, REFUSED, STOPPED;

    public boolean judged() {
        return this != STOPPED;
    }
}

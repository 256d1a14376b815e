package vn.motcua.fees.domain;

/** Why a fee command was refused; each has a message {@code fees.refusal.<name>}. */
public enum FeeRefusal {
    /** Assessing or paying after the payment, or for an ended dossier. */
    ALREADY_PAID,
    /** The dossier ended (refused or stopped): nothing is collected any more. */
    ENDED,
    /** The amount depends on the case and has not been stated. */
    NOT_ASSESSED,
    /** The procedure is free or the applicant exempt. */
    NOTHING_TO_PAY,
    /** The amount offered is not the amount due. */
    AMOUNT_MISMATCH,
    /** Nothing was paid that is due back. */
    NOTHING_TO_REFUND
}

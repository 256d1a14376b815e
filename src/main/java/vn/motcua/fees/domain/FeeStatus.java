package vn.motcua.fees.domain;

/** Where a dossier's fee stands. */
public enum FeeStatus {
    /** The procedure's amount depends on the case: the officer states it (with its basis) before it can be paid. */
    TO_ASSESS,
    /** Owed and not yet paid. */
    DUE,
    /** Nothing to pay: the procedure is free, or the applicant is exempt. */
    NOTHING_DUE,
    /** Paid, with its receipt. */
    PAID,
    /** Paid for a dossier refused or stopped: to be paid back. */
    REFUND_DUE,
    /** Paid back. */
    REFUNDED,
    /** The dossier ended before anything was paid: nothing is owed any more. */
    CANCELLED
}

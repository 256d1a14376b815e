package vn.motcua.dossier.domain;

/** Why a dossier refused a transition; each has a message in the officer's language. */
public enum TransitionRefusal {
    /** The action does not apply to the dossier's current status. */
    WRONG_STATUS,
    /** The officer lacks the duty the action needs. */
    MISSING_DUTY,
    /** The officer's office neither received the dossier nor is it routed there. */
    OTHER_OFFICE,
    /** A supplement is asked for within the window after reception (3 working days by default). */
    SUPPLEMENT_WINDOW_CLOSED,
    /** Every internal step is done; submit for approval instead. */
    NO_NEXT_STEP,
    /** Internal steps remain; hand over to the next one first. */
    STEPS_REMAIN,
    /** A consultation is still open. */
    CONSULTATION_OPEN,
    /** No consultation of that number is open. */
    NO_SUCH_CONSULTATION,
    /** An office asks another agency, not itself, for its opinion. */
    SELF_CONSULTATION,
    /** The action needs a reason or a list of items. */
    REASON_REQUIRED,
    /** An apology may be given once, at the latest one working day before the due date, to a later working time. */
    RESCHEDULE_REFUSED,
    /** The screen showed an older state: someone changed the dossier in the meantime. */
    STALE
}

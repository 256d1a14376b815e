package vn.motcua.calendar.domain;

/** Where a dossier stands against its due instant (metrics.md §1). */
public enum TimelinessClass {
    /** Finished on a day before the due day. */
    EARLY,
    /** Finished on the due day, at or before the due instant. */
    ON_TIME,
    /** Finished after the due instant. */
    LATE,
    /** In progress, the due instant not near. */
    NOT_DUE,
    /** In progress, the due instant within the warning window. */
    DUE_SOON,
    /** In progress after the due instant. */
    OVERDUE,
    /** Refused at reception, stopped at the citizen's request or withdrawn: not counted in the rate. */
    EXCLUDED,
    /** The procedure has no legal time: not counted in the rate, counted separately. */
    NO_LEGAL_TIME;

    public boolean countsInRate() {
        return this == EARLY || this == ON_TIME || this == LATE;
    }
}

package vn.motcua.calendar.domain;

/** How an office counts a period of N working days; a setting of each office. */
public enum DayCountConvention {
    /**
     * Civil Code Art. 147–148: the day the clock starts is not counted; the period ends at the close of
     * the last session of the Nth working day after it.
     */
    CIVIL_CODE,
    /** N working days later at the same clock time (common in provincial systems such as OpenCPS). */
    SAME_CLOCK_TIME
}

package vn.motcua.calendar.domain;

/** The unit of a legal or internal processing time. */
public enum ProcessingUnit {
    /** Working days of the office's calendar. */
    WORKING_DAYS,
    /** Working time counted in minutes (internal steps budgeted in hours). */
    WORKING_HOURS,
    /** Due the day of receipt; with a cut-off, due the next working day when received at or after it. */
    SAME_DAY,
    /** Calendar days, ending at the close of the last day, or of the next working day if that is a day off. */
    CALENDAR_DAYS
}

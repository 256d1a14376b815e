package vn.motcua.calendar.domain;

/** Why an apology with a new appointment (form 04) is refused. */
public enum RescheduleRefusal {
    /** The appointment may be moved only once. */
    ALREADY_RESCHEDULED,
    /** The apology must be sent at the latest one working day before the due date. */
    LESS_THAN_ONE_WORKING_DAY_BEFORE_DUE,
    /** The new appointment must be later than the current one. */
    NEW_DATE_NOT_LATER,
    /** The new appointment must fall in the office's working time. */
    NEW_DATE_NOT_WORKING_TIME,
    /** The clock is suspended: resume it first. */
    CLOCK_SUSPENDED
}

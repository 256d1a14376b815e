package vn.motcua.calendar.domain;

/** Why a day is worked or not. */
public enum DayKind {
    WORKING_DAY, MAKE_UP_DAY, WEEKEND, HOLIDAY, CLOSURE;

    public boolean isWorked() {
        return this == WORKING_DAY || this == MAKE_UP_DAY;
    }
}

package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Every deadline on a dossier's path, each named after its rule (rules.md §2–3) and computed on the office's
 * calendar. Nothing else adds working time to an instant to make a deadline; whether a deadline was kept is
 * judged by {@link Timeliness}.
 *
 * <ul>
 * <li>{@link #appointment}: the due instant promised on the receipt (the procedure's processing time);</li>
 * <li>{@link #stepDue}: when an internal step of the procedure must be handed on;</li>
 * <li>{@link #transferDue}: the transfer cut-off, by when a paper dossier reaches the competent unit;</li>
 * <li>{@link #supplementDeadline}: the last instant of the supplement window;</li>
 * <li>{@link #consultationDue}: the day another agency's opinion is due;</li>
 * <li>{@link #apologyLatestDay}: the last day an apology with a new appointment may be given.</li>
 * </ul>
 */
public final class Deadlines {

    private Deadlines() {
    }

    /** The appointment of a dossier received at {@code receivedAt}: see {@link AppointmentCalculator}. */
    public static Appointment appointment(OfficeCalendar calendar, LocalDateTime receivedAt, ProcessingTime time) {
        return AppointmentCalculator.appointment(calendar, receivedAt, time);
    }

    /** A step started at {@code startedAt} is due after its allotted working minutes, counted from the clock's start. */
    public static LocalDateTime stepDue(OfficeCalendar calendar, LocalDateTime startedAt, long allottedMinutes) {
        return calendar.addWorkingMinutes(calendar.clockStart(startedAt), allottedMinutes);
    }

    /**
     * The transfer cut-off (rules.md §2): a dossier received on a working day before {@code cutoff} reaches the
     * competent unit by that day's close; received later (or outside working time), within {@code graceMinutes}
     * of the next working day's start.
     */
    public static LocalDateTime transferDue(OfficeCalendar calendar, LocalDateTime receivedAt, LocalTime cutoff,
            long graceMinutes) {
        LocalDateTime start = calendar.clockStart(receivedAt);
        boolean startsThatDay = start.toLocalDate().equals(receivedAt.toLocalDate());
        if (startsThatDay && receivedAt.toLocalTime().isBefore(cutoff)) {
            return calendar.closeOf(start.toLocalDate());
        }
        LocalDateTime nextDay = startsThatDay
                ? calendar.clockStart(calendar.nextWorkingDayAfter(start.toLocalDate()).atStartOfDay())
                : start;
        return calendar.addWorkingMinutes(nextDay, graceMinutes);
    }

    /** The supplement window: a supplement is asked for by the close of the {@code windowDays}-th working day after reception. */
    public static LocalDateTime supplementDeadline(OfficeCalendar calendar, LocalDateTime receivedAt, int windowDays) {
        return closeOfWorkingDaysAfter(calendar, receivedAt, windowDays);
    }

    /** A consultation asked at {@code askedAt} is answered by the close of the {@code workingDays}-th working day after. */
    public static LocalDateTime consultationDue(OfficeCalendar calendar, LocalDateTime askedAt, int workingDays) {
        return closeOfWorkingDaysAfter(calendar, askedAt, workingDays);
    }

    /** An apology with a new appointment (form 04) is given at the latest on the working day before the due day. */
    public static LocalDate apologyLatestDay(OfficeCalendar calendar, LocalDateTime dueAt) {
        return calendar.previousWorkingDayBefore(dueAt.toLocalDate());
    }

    /**
     * The instant before which a dossier not yet due is "due soon" ({@link Timeliness#judge}): a due instant at or
     * after {@code now} and before this one has at most {@code dueSoonMinutes} working minutes left. Work lists
     * filter by it, so that the filter and the badge on each row agree.
     */
    public static LocalDateTime dueSoonBefore(OfficeCalendar calendar, LocalDateTime now, long dueSoonMinutes) {
        return calendar.addWorkingMinutes(now, dueSoonMinutes + 1);
    }

    private static LocalDateTime closeOfWorkingDaysAfter(OfficeCalendar calendar, LocalDateTime t, int workingDays) {
        return calendar.closeOf(calendar.nthWorkingDayAfter(calendar.clockStart(t).toLocalDate(), workingDays));
    }
}

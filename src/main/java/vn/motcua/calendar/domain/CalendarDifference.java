package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an edit of an office's calendar changes, found by comparing the calendar before and after it: the days whose
 * working time differs, and the due instant a dossier would get on the new calendar.
 */
public final class CalendarDifference {

    private final OfficeCalendar before;
    private final OfficeCalendar after;

    public CalendarDifference(OfficeCalendar before, OfficeCalendar after) {
        this.before = before;
        this.after = after;
    }

    /** One day whose sessions (counted or of reception only) differ. */
    public record DayChange(DaySchedule before, DaySchedule after) {
        public LocalDate date() {
            return after.date();
        }

        /** Working minutes the day gains (positive) or loses (negative) towards due dates. */
        public long minutesGained() {
            return after.workingMinutes() - before.workingMinutes();
        }
    }

    /** The days from {@code from} to {@code to} (both included) whose schedule differs, in order. */
    public List<DayChange> days(LocalDate from, LocalDate to) {
        var changes = new ArrayList<DayChange>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            DaySchedule was = before.day(day);
            DaySchedule will = after.day(day);
            if (!was.sessions().equals(will.sessions()) || !was.receptionOnly().equals(will.receptionOnly())
                    || was.kind() != will.kind()) {
                changes.add(new DayChange(was, will));
            }
        }
        return changes;
    }

    /**
     * The due instant a dossier holding {@code dueAt} would get on the new calendar, when it differs: its appointment
     * computed again from the same receipt and processing time, moved by what the suspensions added. Empty when the
     * new calendar gives the same due instant.
     */
    public Optional<LocalDateTime> movedDue(Appointment appointment, LocalDateTime dueAt) {
        LocalDateTime was = Deadlines.appointment(before, appointment.receivedAt(), appointment.time()).dueAt();
        LocalDateTime will = Deadlines.appointment(after, appointment.receivedAt(), appointment.time()).dueAt();
        if (was.equals(will)) {
            return Optional.empty();
        }
        if (dueAt.equals(was)) {
            return Optional.of(will);
        }
        long pushed = before.workingMinutesBetween(was, dueAt.isBefore(was) ? was : dueAt);
        return Optional.of(after.addWorkingMinutes(will, pushed)).filter(moved -> !moved.equals(dueAt));
    }

    /** Whether the instant is working time (or the close of a session) on the new calendar. */
    public boolean workingOnNewCalendar(LocalDateTime t) {
        return after.day(t.toLocalDate()).sessions().stream()
                .anyMatch(s -> !t.toLocalTime().isBefore(s.start()) && !t.toLocalTime().isAfter(s.end()));
    }
}

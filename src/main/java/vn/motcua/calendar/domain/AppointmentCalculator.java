package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place where due dates are computed (rules.md §3). Every screen, slip, report and API asks
 * this calculator; nothing else adds days to a receipt time.
 */
public final class AppointmentCalculator {

    private AppointmentCalculator() {
    }

    public static Appointment appointment(OfficeCalendar calendar, LocalDateTime receivedAt, ProcessingTime time) {
        LocalDateTime start = calendar.clockStart(receivedAt);
        LocalDate receiptDay = start.toLocalDate();
        return switch (time.unit()) {
            case WORKING_DAYS -> workingDays(calendar, receivedAt, start, time);
            case WORKING_HOURS -> {
                LocalDateTime due = calendar.addWorkingMinutes(start, time.amount());
                yield new Appointment(receivedAt, start, due, workingDaysBetween(calendar, receiptDay, due.toLocalDate()),
                        time, calendar.convention());
            }
            case SAME_DAY -> {
                boolean afterCutoff = time.cutoff() != null && !start.toLocalTime().isBefore(time.cutoff());
                LocalDate dueDay = afterCutoff ? calendar.nextWorkingDayAfter(receiptDay) : receiptDay;
                yield new Appointment(receivedAt, start, calendar.closeOf(dueDay), List.of(dueDay), time,
                        calendar.convention());
            }
            case CALENDAR_DAYS -> {
                LocalDate last = receiptDay.plusDays(time.amount());
                LocalDate dueDay = calendar.day(last).isWorking() ? last : calendar.nextWorkingDayAfter(last);
                yield new Appointment(receivedAt, start, calendar.closeOf(dueDay),
                        receiptDay.plusDays(1).datesUntil(last.plusDays(1)).toList(), time, calendar.convention());
            }
        };
    }

    private static Appointment workingDays(OfficeCalendar calendar, LocalDateTime receivedAt, LocalDateTime start,
            ProcessingTime time) {
        var counted = new ArrayList<LocalDate>((int) time.amount());
        LocalDate day = start.toLocalDate();
        for (long i = 0; i < time.amount(); i++) {
            day = calendar.nextWorkingDayAfter(day);
            counted.add(day);
        }
        LocalDateTime due = switch (calendar.convention()) {
            case CIVIL_CODE -> calendar.closeOf(day);
            case SAME_CLOCK_TIME -> sameClockTime(calendar, day, start.toLocalTime());
        };
        return new Appointment(receivedAt, start, due, counted, time, calendar.convention());
    }

    /**
     * The same clock time on the due day; when the due day's hours differ and that time is not worked,
     * the end of the last session before it, or else the day's opening.
     */
    private static LocalDateTime sameClockTime(OfficeCalendar calendar, LocalDate dueDay, LocalTime time) {
        LocalTime best = null;
        for (WorkingSession session : calendar.day(dueDay).sessions()) {
            if (!time.isBefore(session.start()) && !time.isAfter(session.end())) {
                return dueDay.atTime(time);
            }
            if (!session.end().isAfter(time)) {
                best = session.end();
            }
        }
        return dueDay.atTime(best != null ? best : calendar.day(dueDay).opening());
    }

    private static List<LocalDate> workingDaysBetween(OfficeCalendar calendar, LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).filter(d -> calendar.day(d).isWorking()).toList();
    }
}

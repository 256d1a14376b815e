package vn.motcua.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.motcua.calendar.domain.Appointment;
import vn.motcua.calendar.domain.DaySchedule;
import vn.motcua.calendar.domain.OfficeCalendar;

/**
 * One month of an office's calendar as weeks of seven days, Monday first, with the days an appointment
 * counted marked when one was tried.
 */
record MonthGrid(YearMonth month, List<List<Cell>> weeks) {

    record Cell(DaySchedule day, boolean inMonth, boolean counted, boolean receipt, boolean due) {

        public boolean hasExtraSession() {
            return day.sessions().stream().anyMatch(s -> s.label() != null) || !day.receptionOnly().isEmpty();
        }
    }

    static MonthGrid of(OfficeCalendar calendar, YearMonth month, Appointment tried) {
        Set<LocalDate> counted = tried == null ? Set.of() : Set.copyOf(tried.countedDays());
        LocalDate receipt = tried == null ? null : tried.clockStartsAt().toLocalDate();
        LocalDate due = tried == null ? null : tried.dueAt().toLocalDate();
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        var weeks = new ArrayList<List<Cell>>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            var week = new ArrayList<Cell>(7);
            for (LocalDate d = monday; d.isBefore(monday.plusWeeks(1)); d = d.plusDays(1)) {
                week.add(new Cell(calendar.day(d), YearMonth.from(d).equals(month), counted.contains(d),
                        d.equals(receipt), d.equals(due)));
            }
            weeks.add(week);
        }
        return new MonthGrid(month, weeks);
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }
}

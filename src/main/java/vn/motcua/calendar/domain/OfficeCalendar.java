package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * One office's working time, day by day, in the office's local time. Built from {@link CalendarRules};
 * days are computed once per year and kept, so computing an appointment touches no database.
 */
public final class OfficeCalendar {

    /** A calendar with no working day within this many days is refused rather than searched forever. */
    static final int MAX_DAYS_WITHOUT_WORK = 400;

    private final CalendarRules rules;
    private final Map<LocalDate, DayException> exceptions = new HashMap<>();
    private final Map<Integer, DaySchedule[]> years = new ConcurrentHashMap<>();
    /** The year looked up last: nearly every computation stays within one or two years. */
    private volatile Year lastYear;

    private record Year(int number, DaySchedule[] days) {
    }

    public OfficeCalendar(CalendarRules rules) {
        this.rules = rules;
        rules.exceptions().forEach(e -> exceptions.put(e.date(), e));
    }

    public CalendarRules rules() {
        return rules;
    }

    public DayCountConvention convention() {
        return rules.convention();
    }

    public DaySchedule day(LocalDate date) {
        Year year = lastYear;
        if (year == null || year.number() != date.getYear()) {
            year = new Year(date.getYear(), years.computeIfAbsent(date.getYear(), this::buildYear));
            lastYear = year;
        }
        return year.days()[date.getDayOfYear() - 1];
    }

    /** The first working instant at or after {@code t}: when a dossier received at {@code t} starts its clock. */
    public LocalDateTime clockStart(LocalDateTime t) {
        LocalTime time = t.toLocalTime();
        for (WorkingSession session : day(t.toLocalDate()).sessions()) {
            if (session.contains(time)) {
                return t;
            }
            if (session.start().isAfter(time)) {
                return t.toLocalDate().atTime(session.start());
            }
        }
        LocalDate next = nextWorkingDayAfter(t.toLocalDate());
        return next.atTime(day(next).opening());
    }

    public boolean isWorkingInstant(LocalDateTime t) {
        return day(t.toLocalDate()).sessions().stream().anyMatch(s -> s.contains(t.toLocalTime()));
    }

    /** The instant after {@code minutes} of working time from {@code start}; it may be the end of a session. */
    public LocalDateTime addWorkingMinutes(LocalDateTime start, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
        if (minutes == 0) {
            return start;
        }
        long remaining = minutes;
        LocalDate date = start.toLocalDate();
        LocalTime position = start.toLocalTime();
        int idleDays = 0;
        while (true) {
            boolean worked = false;
            for (WorkingSession session : day(date).sessions()) {
                if (!session.end().isAfter(position)) {
                    continue;
                }
                worked = true;
                LocalTime from = session.start().isAfter(position) ? session.start() : position;
                long available = ChronoUnit.MINUTES.between(from, session.end());
                if (remaining <= available) {
                    return date.atTime(from.plusMinutes(remaining));
                }
                remaining -= available;
            }
            idleDays = worked ? 0 : idleDays + 1;
            if (idleDays > MAX_DAYS_WITHOUT_WORK) {
                throw noWorkingTime(date);
            }
            date = date.plusDays(1);
            position = LocalTime.MIN;
        }
    }

    /** Working minutes between two instants ({@code from} ≤ {@code to}). */
    public long workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
        long total = 0;
        for (LocalDate date = from.toLocalDate(); !date.isAfter(to.toLocalDate()); date = date.plusDays(1)) {
            LocalTime lower = date.equals(from.toLocalDate()) ? from.toLocalTime() : LocalTime.MIN;
            boolean lastDay = date.equals(to.toLocalDate());
            for (WorkingSession session : day(date).sessions()) {
                LocalTime start = session.start().isAfter(lower) ? session.start() : lower;
                LocalTime end = lastDay && to.toLocalTime().isBefore(session.end()) ? to.toLocalTime() : session.end();
                if (start.isBefore(end)) {
                    total += ChronoUnit.MINUTES.between(start, end);
                }
            }
        }
        return total;
    }

    public LocalDate nextWorkingDayAfter(LocalDate date) {
        return workingDayFrom(date, 1);
    }

    /** The {@code n}th working day after {@code date} ({@code date} itself not counted). */
    public LocalDate nthWorkingDayAfter(LocalDate date, int n) {
        LocalDate result = date;
        for (int i = 0; i < n; i++) {
            result = nextWorkingDayAfter(result);
        }
        return result;
    }

    public LocalDate previousWorkingDayBefore(LocalDate date) {
        return workingDayFrom(date, -1);
    }

    /** The first working day strictly after ({@code step} 1) or before ({@code step} -1) the date. */
    private LocalDate workingDayFrom(LocalDate date, int step) {
        LocalDate candidate = date;
        for (int i = 0; i < MAX_DAYS_WITHOUT_WORK; i++) {
            candidate = candidate.plusDays(step);
            if (day(candidate).isWorking()) {
                return candidate;
            }
        }
        throw noWorkingTime(date);
    }

    /** The close of the last session of a working day. */
    public LocalDateTime closeOf(LocalDate workingDay) {
        DaySchedule schedule = day(workingDay);
        if (!schedule.isWorking()) {
            throw new IllegalArgumentException(workingDay + " is not a working day");
        }
        return workingDay.atTime(schedule.closing());
    }

    private DaySchedule[] buildYear(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        var days = new DaySchedule[first.lengthOfYear()];
        for (int i = 0; i < days.length; i++) {
            days[i] = build(first.plusDays(i));
        }
        return days;
    }

    private DaySchedule build(LocalDate date) {
        WeeklyHours hours = hoursOn(date);
        DayException exception = exceptions.get(date);
        if (exception != null) {
            return switch (exception.kind()) {
                case DAY_OFF -> new DaySchedule(date, DayKind.HOLIDAY, exception.name(), List.of());
                case CLOSURE -> new DaySchedule(date, DayKind.CLOSURE, exception.name(), List.of());
                case MAKE_UP_WORKING_DAY ->
                        new DaySchedule(date, DayKind.MAKE_UP_DAY, exception.name(), hours.ordinaryWeekday());
            };
        }
        var sessions = new ArrayList<>(hours.on(date.getDayOfWeek()));
        var receptionOnly = new ArrayList<WorkingSession>();
        for (ExtraSession extra : rules.extraSessions()) {
            if (extra.appliesOn(date) && sessions.stream().noneMatch(extra.session()::overlaps)
                    && receptionOnly.stream().noneMatch(extra.session()::overlaps)) {
                (extra.countsForProcessing() ? sessions : receptionOnly).add(extra.session());
            }
        }
        sessions.sort(null);
        receptionOnly.sort(null);
        DayKind kind = !sessions.isEmpty() ? DayKind.WORKING_DAY : DayKind.WEEKEND;
        return new DaySchedule(date, kind, null, sessions, receptionOnly);
    }

    private WeeklyHours hoursOn(LocalDate date) {
        return rules.seasons().stream().filter(s -> s.covers(date)).map(SeasonalHours::hours).findFirst()
                .orElse(rules.hours());
    }

    private static InvalidValueException noWorkingTime(LocalDate near) {
        return new InvalidValueException("calendar.noWorkingTime",
                "The office has no working time within " + MAX_DAYS_WITHOUT_WORK + " days of " + near);
    }
}

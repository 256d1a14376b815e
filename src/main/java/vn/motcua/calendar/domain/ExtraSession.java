package vn.motcua.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * Extra working time on given weekdays between two dates: the 9th hour on Thursdays (17:00–18:00),
 * opening at 07:00 on Mondays and Fridays, Saturday-morning reception. It counts as working time for
 * reception and for due dates, but never on a day off.
 *
 * @param until the last day it applies, or {@code null} while it goes on
 */
public record ExtraSession(WorkingSession session, Set<DayOfWeek> days, LocalDate from, LocalDate until) {

    public ExtraSession {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(from, "from");
        if (days == null || days.isEmpty() || days.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("extraSession.days", "An extra session needs at least one weekday");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        if (until != null && until.isBefore(from)) {
            throw new InvalidValueException("extraSession.dates", "An extra session cannot end before it starts");
        }
    }

    public boolean appliesOn(LocalDate date) {
        return days.contains(date.getDayOfWeek()) && !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
}

package vn.motcua.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * Extra working time on given weekdays between two dates: the 9th hour on Thursdays (17:00–18:00),
 * opening at 07:00 on Mondays and Fridays, Saturday-morning reception. It never applies on a day off. It counts
 * for reception and for due dates, unless it is a session of the desk alone ({@link Use#RECEPTION_ONLY}: a
 * Saturday morning when the departments that process dossiers do not work), when a dossier received in it starts
 * its clock at the next working session.
 *
 * @param until the last day it applies, or {@code null} while it goes on
 */
public record ExtraSession(WorkingSession session, Set<DayOfWeek> days, LocalDate from, LocalDate until, Use use) {

    /** What the session is working time for. */
    public enum Use {
        /** The desk receives and the departments process: the time counts towards due dates. */
        RECEPTION_AND_PROCESSING,
        /** Only the desk works: dossiers are received, due dates do not count the time. */
        RECEPTION_ONLY
    }

    public ExtraSession(WorkingSession session, Set<DayOfWeek> days, LocalDate from, LocalDate until) {
        this(session, days, from, until, Use.RECEPTION_AND_PROCESSING);
    }

    public ExtraSession {
        Objects.requireNonNull(use, "use");
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

    public boolean countsForProcessing() {
        return use == Use.RECEPTION_AND_PROCESSING;
    }

    public boolean appliesOn(LocalDate date) {
        return days.contains(date.getDayOfWeek()) && !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
}

package vn.motcua.calendar.domain;

import java.util.List;
import java.util.Objects;

/**
 * Everything that defines one office's working time: its weekly hours, seasonal variants, extra
 * sessions, dated exceptions (national days off and make-up days, local closures) and how it counts days.
 * Local exceptions come after national ones in {@code exceptions} and win on the same date.
 */
public record CalendarRules(WeeklyHours hours, List<SeasonalHours> seasons, List<ExtraSession> extraSessions,
        List<DayException> exceptions, DayCountConvention convention) {

    public CalendarRules {
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(convention, "convention");
        seasons = List.copyOf(seasons);
        extraSessions = List.copyOf(extraSessions);
        exceptions = List.copyOf(exceptions);
    }

    /** Standard hours, the Civil Code convention, and the given days off and make-up days. */
    public static CalendarRules standard(List<DayException> exceptions) {
        return new CalendarRules(WeeklyHours.standard(), List.of(), List.of(), exceptions, DayCountConvention.CIVIL_CODE);
    }

    public CalendarRules withExtraSessions(List<ExtraSession> extra) {
        return new CalendarRules(hours, seasons, extra, exceptions, convention);
    }

    public CalendarRules withConvention(DayCountConvention other) {
        return new CalendarRules(hours, seasons, extraSessions, exceptions, other);
    }

    public CalendarRules withSeasons(List<SeasonalHours> other) {
        return new CalendarRules(hours, other, extraSessions, exceptions, convention);
    }
}

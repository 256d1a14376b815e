package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * Hours that replace the usual ones every year between two days, both included (e.g. summer hours
 * from 15 April to 14 October). A range may wrap the new year (winter: 15 October to 14 April).
 */
public record SeasonalHours(String name, MonthDay from, MonthDay to, WeeklyHours hours) {

    public SeasonalHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(hours, "hours");
        name = name == null ? "" : name.strip();
    }

    public boolean covers(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        return from.isAfter(to)
                ? !day.isBefore(from) || !day.isAfter(to)
                : !day.isBefore(from) && !day.isAfter(to);
    }
}

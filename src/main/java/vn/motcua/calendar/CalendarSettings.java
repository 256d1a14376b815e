package vn.motcua.calendar;

import java.util.List;
import java.util.Optional;

import vn.motcua.calendar.domain.DayCountConvention;
import vn.motcua.calendar.domain.DayException;
import vn.motcua.calendar.domain.ExtraSession;
import vn.motcua.calendar.domain.SeasonalHours;
import vn.motcua.calendar.domain.WeeklyHours;
import vn.motcua.organization.domain.AgencyCode;

/**
 * The editable settings of an office's calendar as an administrator sees them: its own, or those of
 * the ancestor it inherits from ({@code definedBy}), with the row ids the edit forms refer to.
 *
 * @param version increases with every edit of the office's own calendar; an edit made against an older
 *        version is refused, so two administrators never overwrite each other's changes unseen
 */
public record CalendarSettings(AgencyCode office, Optional<AgencyCode> definedBy, int version,
        DayCountConvention convention, WeeklyHours hours, List<Identified<ExtraSession>> extraSessions,
        List<Identified<SeasonalHours>> seasons, List<DayException> localExceptions) {

    public CalendarSettings {
        extraSessions = List.copyOf(extraSessions);
        seasons = List.copyOf(seasons);
        localExceptions = List.copyOf(localExceptions);
    }

    /** Whether the office has a calendar of its own rather than its parent's (or the standard one). */
    public boolean isOwn() {
        return definedBy.filter(office::equals).isPresent();
    }

    /** A stored row with the id that edit forms refer to. */
    public record Identified<T>(long id, T value) {
    }
}

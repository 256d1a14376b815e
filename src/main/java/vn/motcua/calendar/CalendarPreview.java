package vn.motcua.calendar;

import java.time.LocalDateTime;
import java.util.List;

import vn.motcua.calendar.domain.CalendarDifference.DayChange;

/**
 * What an edit of an office's calendar would change, shown before it is saved.
 *
 * @param days the days of the coming {@link #DAYS_AHEAD} whose working time changes, at most {@link #LISTED}
 * @param dayCount how many days change in all
 * @param dossiers open dossiers whose due date the new calendar computes differently, at most {@link #LISTED}
 * @param dossierCount how many in all
 * @param asksUse whether the edit adds an extra session on a weekday without ordinary hours (a Saturday reception),
 *        and the administrator must say whether it counts for processing too
 */
public record CalendarPreview(List<DayChange> days, int dayCount, List<MovedDue> dossiers, int dossierCount,
        boolean asksUse) {

    public static final int DAYS_AHEAD = 90;
    public static final int LISTED = 20;

    public CalendarPreview {
        days = List.copyOf(days);
        dossiers = List.copyOf(dossiers);
    }

    /** Whether the administrator must see this before the edit is saved. */
    public boolean needsConfirmation() {
        return asksUse || dossierCount > 0;
    }

    /**
     * @param newDueAt the due instant on the new calendar
     * @param dueDayOff whether the present due instant is no longer working time on the new calendar
     */
    public record MovedDue(String code, LocalDateTime dueAt, LocalDateTime newDueAt, boolean dueDayOff,
            boolean suspended) {
    }
}

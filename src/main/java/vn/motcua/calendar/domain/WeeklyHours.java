package vn.motcua.calendar.domain;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.motcua.platform.domain.InvalidValueException;

/** The sessions of each weekday; a weekday without sessions is not worked. */
public record WeeklyHours(Map<DayOfWeek, List<WorkingSession>> sessions) {

    public WeeklyHours {
        var copy = new EnumMap<DayOfWeek, List<WorkingSession>>(DayOfWeek.class);
        sessions.forEach((day, list) -> copy.put(day, sortedWithoutOverlap(list)));
        sessions = Map.copyOf(copy);
    }

    /** Monday to Friday 07:30–11:30 and 13:30–17:00: the usual office hours. */
    public static WeeklyHours standard() {
        return mondayToFriday(WorkingSession.of("07:30", "11:30"), WorkingSession.of("13:30", "17:00"));
    }

    public static WeeklyHours mondayToFriday(WorkingSession... daily) {
        var map = new EnumMap<DayOfWeek, List<WorkingSession>>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                map.put(day, List.of(daily));
            }
        }
        return new WeeklyHours(map);
    }

    public List<WorkingSession> on(DayOfWeek day) {
        return sessions.getOrDefault(day, List.of());
    }

    /** The hours of an ordinary weekday, which a make-up working day also keeps. */
    public List<WorkingSession> ordinaryWeekday() {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!on(day).isEmpty()) {
                return on(day);
            }
        }
        return List.of();
    }

    static List<WorkingSession> sortedWithoutOverlap(List<WorkingSession> sessions) {
        var sorted = new ArrayList<>(sessions);
        sorted.sort(null);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new InvalidValueException("session.overlap",
                        "Sessions overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        return List.copyOf(sorted);
    }
}

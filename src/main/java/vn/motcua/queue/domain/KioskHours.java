package vn.motcua.queue.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import vn.motcua.calendar.domain.DaySchedule;
import vn.motcua.calendar.domain.WorkingSession;

/**
 * When a kiosk gives tickets on a day of the office's calendar: in each session the desk receives (working sessions,
 * the service models' extra sessions such as the 9th hour or the early opening, and sessions of reception only), from
 * a few minutes before it starts (people queue before the doors open) until it ends. A day off gives none.
 *
 * @param dayOff why the day has no session (a holiday's name), or {@code null}
 */
public record KioskHours(List<WorkingSession> sessions, String dayOff, int opensMinutesBefore) {

    public KioskHours {
        sessions = List.copyOf(sessions);
        if (opensMinutesBefore < 0 || opensMinutesBefore > 240) {
            throw new IllegalArgumentException("A kiosk opens 0 to 240 minutes before a session");
        }
    }

    public static KioskHours of(DaySchedule day, int opensMinutesBefore) {
        var all = new ArrayList<WorkingSession>(day.sessions());
        all.addAll(day.receptionOnly());
        all.sort(null);
        return new KioskHours(all, all.isEmpty() ? (day.reason() == null ? "" : day.reason()) : null, opensMinutesBefore);
    }

    public boolean givesAt(LocalTime time) {
        return sessions.stream().anyMatch(s -> !time.isBefore(opening(s)) && time.isBefore(s.end()));
    }

    /** The sessions as a kiosk shows them: "07:30–11:30, 13:30–17:00". */
    public String shown() {
        return sessions.stream().map(s -> s.start() + "–" + s.end()).collect(Collectors.joining(", "));
    }

    private LocalTime opening(WorkingSession s) {
        int minutes = s.start().toSecondOfDay() / 60;
        return minutes <= opensMinutesBefore ? LocalTime.MIN : s.start().minusMinutes(opensMinutesBefore);
    }
}

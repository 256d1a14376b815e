package vn.motcua.queue.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.motcua.calendar.domain.DaySchedule;
import vn.motcua.calendar.domain.WorkingSession;

/**
 * A time a citizen may book at the desk: a part of a session of the office's calendar (working sessions with the
 * service models' extra sessions, such as the 9th hour and the early opening, and sessions of reception only). A day
 * off or a closure has none.
 *
 * @param session the session's label ("Giờ làm việc thứ 9"), or {@code null} for an ordinary one
 */
public record BookingSlot(LocalTime start, LocalTime end, String session) {

    public BookingSlot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A slot ends after it starts");
        }
    }

    /**
     * The day's slots: each session cut into slots of {@code minutes} from its start; the last one ends with the
     * session (a shorter session is one slot).
     */
    public static List<BookingSlot> of(DaySchedule day, int minutes) {
        var sessions = new ArrayList<WorkingSession>(day.sessions());
        sessions.addAll(day.receptionOnly());
        sessions.sort(null);
        var slots = new ArrayList<BookingSlot>();
        for (WorkingSession s : sessions) {
            LocalTime start = s.start();
            while (start.isBefore(s.end())) {
                LocalTime end = start.plusMinutes(minutes);
                if (end.isAfter(s.end()) || end.isBefore(start)) {
                    end = s.end();
                }
                slots.add(new BookingSlot(start, end, s.label()));
                start = end;
            }
        }
        return slots;
    }
}

package vn.motcua.calendar.domain;

import java.time.LocalTime;
import java.util.Objects;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * A stretch of working time within one day, e.g. 07:30–11:30. The start is inside the session and the
 * end is not ({@code [start, end)}). A label names extra sessions ("Giờ làm việc thứ 9").
 */
public record WorkingSession(LocalTime start, LocalTime end, String label) implements Comparable<WorkingSession> {

    public WorkingSession {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new InvalidValueException("session.order", "A session must end after it starts: " + start + "–" + end);
        }
        label = label == null || label.isBlank() ? null : label.strip();
    }

    public static WorkingSession of(String start, String end) {
        return new WorkingSession(LocalTime.parse(start), LocalTime.parse(end), null);
    }

    public long minutes() {
        return java.time.Duration.between(start, end).toMinutes();
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    public boolean overlaps(WorkingSession other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public int compareTo(WorkingSession other) {
        return start.compareTo(other.start);
    }
}

package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One day of an office's calendar: what kind of day it is, why (a holiday's name), its working sessions in
 * order, and the sessions when only the desk receives (they do not count towards due dates). A day is a working
 * day when it has working sessions (a weekend day with a Saturday-morning session for reception and processing
 * is one; a Saturday of reception only is not).
 */
public record DaySchedule(LocalDate date, DayKind kind, String reason, List<WorkingSession> sessions,
        List<WorkingSession> receptionOnly) {

    public DaySchedule {
        sessions = List.copyOf(sessions);
        receptionOnly = List.copyOf(receptionOnly);
    }

    public DaySchedule(LocalDate date, DayKind kind, String reason, List<WorkingSession> sessions) {
        this(date, kind, reason, sessions, List.of());
    }

    /** Whether the desk receives at the time: in a working session or one of reception only. */
    public boolean deskOpenAt(LocalTime time) {
        return sessions.stream().anyMatch(s -> s.contains(time)) || receptionOnly.stream().anyMatch(s -> s.contains(time));
    }

    public boolean isWorking() {
        return !sessions.isEmpty();
    }

    public LocalTime opening() {
        return sessions.getFirst().start();
    }

    public LocalTime closing() {
        return sessions.getLast().end();
    }

    public long workingMinutes() {
        return sessions.stream().mapToLong(WorkingSession::minutes).sum();
    }
}

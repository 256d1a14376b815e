package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One day of an office's calendar: what kind of day it is, why (a holiday's name), and its sessions in
 * order. A day is a working day when it has sessions (a weekend day with a Saturday-morning session is one).
 */
public record DaySchedule(LocalDate date, DayKind kind, String reason, List<WorkingSession> sessions) {

    public DaySchedule {
        sessions = List.copyOf(sessions);
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

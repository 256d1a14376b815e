package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The result of computing an appointment, in the office's local time.
 *
 * @param receivedAt when the complete dossier was received
 * @param clockStartsAt the first working instant at or after receipt; its date is the day of receipt
 * @param dueAt when the result is promised
 * @param countedDays the days counted towards the period (working days, or calendar days)
 */
public record Appointment(LocalDateTime receivedAt, LocalDateTime clockStartsAt, LocalDateTime dueAt,
        List<LocalDate> countedDays, ProcessingTime time, DayCountConvention convention) {

    public Appointment {
        countedDays = List.copyOf(countedDays);
    }
}

package vn.motcua.calendar.domain;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The running clock of one dossier: the due instant the dossier is judged against, an optional new
 * appointment given with an apology, and a suspension in progress. Immutable; each operation returns
 * the next clock or says why it is refused.
 *
 * @param appointment the appointment the clock runs on (replaced when the clock restarts)
 * @param dueAt the due instant timeliness is judged against: the appointment's, pushed by suspensions
 * @param rescheduledDueAt the new appointment promised in an apology, if any (at most one)
 * @param suspendedAt when the running suspension began, if any
 */
public record DossierClock(Appointment appointment, LocalDateTime dueAt, LocalDateTime rescheduledDueAt,
        LocalDateTime suspendedAt) {

    public DossierClock {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    public static DossierClock start(Appointment appointment) {
        return new DossierClock(appointment, appointment.dueAt(), null, null);
    }

    /** The appointment the citizen holds now: the new one after an apology, else the due instant. */
    public LocalDateTime promisedAt() {
        return rescheduledDueAt != null ? rescheduledDueAt : dueAt;
    }

    public boolean isSuspended() {
        return suspendedAt != null;
    }

    /**
     * The dossier is complete again after a supplement requested during processing: the processing
     * time starts again from zero at {@code completeAgainAt}.
     */
    public DossierClock restart(OfficeCalendar calendar, LocalDateTime completeAgainAt) {
        Appointment again = Deadlines.appointment(calendar, completeAgainAt, appointment.time());
        return new DossierClock(again, again.dueAt(), null, null);
    }

    public DossierClock suspend(LocalDateTime at) {
        if (isSuspended()) {
            throw new IllegalStateException("The clock is already suspended since " + suspendedAt);
        }
        return new DossierClock(appointment, dueAt, rescheduledDueAt, at);
    }

    /** Pushes the due instants by the working time spent suspended. */
    public DossierClock resume(OfficeCalendar calendar, LocalDateTime at) {
        if (!isSuspended()) {
            throw new IllegalStateException("The clock is not suspended");
        }
        if (at.isBefore(suspendedAt)) {
            throw new IllegalArgumentException("A suspension cannot end before it began");
        }
        long paused = calendar.workingMinutesBetween(suspendedAt, at);
        return new DossierClock(appointment, calendar.addWorkingMinutes(dueAt, paused),
                rescheduledDueAt == null ? null : calendar.addWorkingMinutes(rescheduledDueAt, paused), null);
    }

    /**
     * An apology with a new appointment (form 04): allowed once, at the latest one working day before the
     * due date, to a later working instant.
     */
    public Optional<RescheduleRefusal> refusalToReschedule(OfficeCalendar calendar, LocalDateTime requestedAt,
            LocalDateTime newDueAt) {
        var now = refusalToRescheduleAt(calendar, requestedAt);
        if (now.isPresent()) {
            return now;
        }
        if (!newDueAt.isAfter(dueAt)) {
            return Optional.of(RescheduleRefusal.NEW_DATE_NOT_LATER);
        }
        if (!isWorkingTimeOrClose(calendar, newDueAt)) {
            return Optional.of(RescheduleRefusal.NEW_DATE_NOT_WORKING_TIME);
        }
        return Optional.empty();
    }

    public DossierClock reschedule(OfficeCalendar calendar, LocalDateTime requestedAt, LocalDateTime newDueAt) {
        refusalToReschedule(calendar, requestedAt, newDueAt).ifPresent(refusal -> {
            throw new RescheduleRefusedException(refusal);
        });
        return new DossierClock(appointment, dueAt, newDueAt, null);
    }

    /** Whether an apology may be given at {@code requestedAt} at all, whatever the new appointment. */
    public Optional<RescheduleRefusal> refusalToRescheduleAt(OfficeCalendar calendar, LocalDateTime requestedAt) {
        if (rescheduledDueAt != null) {
            return Optional.of(RescheduleRefusal.ALREADY_RESCHEDULED);
        }
        if (isSuspended()) {
            return Optional.of(RescheduleRefusal.CLOCK_SUSPENDED);
        }
        if (requestedAt.toLocalDate().isAfter(Deadlines.apologyLatestDay(calendar, dueAt))) {
            return Optional.of(RescheduleRefusal.LESS_THAN_ONE_WORKING_DAY_BEFORE_DUE);
        }
        return Optional.empty();
    }

    private static boolean isWorkingTimeOrClose(OfficeCalendar calendar, LocalDateTime t) {
        return calendar.day(t.toLocalDate()).sessions().stream()
                .anyMatch(s -> !t.toLocalTime().isBefore(s.start()) && !t.toLocalTime().isAfter(s.end()));
    }
}

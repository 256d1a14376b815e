package vn.motcua.calendar.domain;

import java.time.LocalDateTime;

/**
 * The one timeliness function (metrics.md §1), used by every screen, report and export.
 *
 * <p>A dossier rescheduled by an apology is judged against its original due instant; whether it met
 * the new appointment is reported beside the class.
 */
public final class Timeliness {

    private Timeliness() {
    }

    /**
     * What the function needs to know of one dossier.
     *
     * @param dueAt the due instant it is judged against, {@code null} when the procedure has no legal time
     * @param rescheduledDueAt the new appointment of an apology, or {@code null}
     * @param finishedAt when the result (or a refusal after review) was ready at the desk, or {@code null}
     * @param excluded refused at reception, stopped at the citizen's request or withdrawn
     */
    public record Facts(LocalDateTime dueAt, LocalDateTime rescheduledDueAt, LocalDateTime finishedAt,
            boolean excluded) {
    }

    /**
     * @param timeliness the class
     * @param rescheduledDueMet for a rescheduled dossier, whether the new appointment was (or is still) kept;
     *     {@code null} when there was no reschedule
     */
    public record Verdict(TimelinessClass timeliness, Boolean rescheduledDueMet) {

        public boolean countsInRate() {
            return timeliness.countsInRate();
        }
    }

    /**
     * @param dueSoonWorkingMinutes the warning window: in progress with at most this much working time
     *     left is "due soon"
     */
    public static Verdict judge(Facts facts, LocalDateTime now, OfficeCalendar calendar, long dueSoonWorkingMinutes) {
        if (facts.excluded()) {
            return new Verdict(TimelinessClass.EXCLUDED, null);
        }
        if (facts.dueAt() == null) {
            return new Verdict(TimelinessClass.NO_LEGAL_TIME, null);
        }
        LocalDateTime due = facts.dueAt();
        LocalDateTime reference = facts.finishedAt() != null ? facts.finishedAt() : now;
        Boolean newDateMet = facts.rescheduledDueAt() == null ? null : !reference.isAfter(facts.rescheduledDueAt());
        if (facts.finishedAt() != null) {
            return new Verdict(done(facts.finishedAt(), due), newDateMet);
        }
        if (now.isAfter(due)) {
            return new Verdict(TimelinessClass.OVERDUE, newDateMet);
        }
        boolean soon = calendar.workingMinutesBetween(now, due) <= dueSoonWorkingMinutes;
        return new Verdict(soon ? TimelinessClass.DUE_SOON : TimelinessClass.NOT_DUE, newDateMet);
    }

    /**
     * The rule for anything done against a deadline (a dossier's result, a step of the control sheet, a consultation's
     * answer): late after the deadline, early on a day before the deadline's day, else on time. Without a deadline,
     * on time.
     */
    public static TimelinessClass done(LocalDateTime doneAt, LocalDateTime deadline) {
        if (deadline == null) {
            return TimelinessClass.ON_TIME;
        }
        return doneAt.isAfter(deadline) ? TimelinessClass.LATE
                : doneAt.toLocalDate().isBefore(deadline.toLocalDate()) ? TimelinessClass.EARLY : TimelinessClass.ON_TIME;
    }
}

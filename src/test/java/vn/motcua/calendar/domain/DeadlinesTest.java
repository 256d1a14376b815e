package vn.motcua.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each deadline of a dossier's path by its rule, on the standard calendar (Mon–Fri 07:30–11:30, 13:30–17:00, the
 * national days off): 30 April and 1 May 2026 (Thursday, Friday) are days off; the week of 2 March 2026 is ordinary.
 */
class DeadlinesTest {

    private static final OfficeCalendar CALENDAR = Calendars.standard();

    @ParameterizedTest(name = "received {0}: with the competent unit by {1}")
    @CsvSource({
            "2026-03-02T09:00, 2026-03-02T17:00", // before the 15:00 cut-off: the same day's close
            "2026-03-02T15:00, 2026-03-03T08:30", // at the cut-off: an hour into the next working day
            "2026-03-06T16:00, 2026-03-09T08:30", // Friday afternoon: Monday
            "2026-03-07T10:00, 2026-03-09T08:30", // a Saturday: the clock starts Monday, an hour into it
            "2026-04-29T16:30, 2026-05-04T08:30"}) // before two days off
    void the_transfer_cut_off(LocalDateTime received, LocalDateTime due) {
        assertThat(Deadlines.transferDue(CALENDAR, received, LocalTime.of(15, 0), 60)).isEqualTo(due);
    }

    @ParameterizedTest(name = "a step of {1} minutes started {0} is due {2}")
    @CsvSource({
            "2026-03-02T09:00, 120, 2026-03-02T11:00",
            "2026-03-02T11:00, 60, 2026-03-02T14:00", // the lunch break is not working time
            "2026-03-02T16:30, 60, 2026-03-03T08:00",
            "2026-03-07T10:00, 30, 2026-03-09T08:00"}) // started on a Saturday: counted from Monday's opening
    void a_steps_due_time(LocalDateTime started, long minutes, LocalDateTime due) {
        assertThat(Deadlines.stepDue(CALENDAR, started, minutes)).isEqualTo(due);
    }

    @ParameterizedTest(name = "received {0}, a window of {1} working days closes {2}")
    @CsvSource({
            "2026-03-02T09:00, 3, 2026-03-05T17:00",
            "2026-03-06T09:00, 1, 2026-03-09T17:00",
            "2026-04-28T09:00, 3, 2026-05-05T17:00"})
    void the_supplement_window(LocalDateTime received, int days, LocalDateTime closes) {
        assertThat(Deadlines.supplementDeadline(CALENDAR, received, days)).isEqualTo(closes);
    }

    @ParameterizedTest(name = "asked {0} for {1} working days: due {2}")
    @CsvSource({"2026-03-02T16:59, 5, 2026-03-09T17:00", "2026-03-07T09:00, 1, 2026-03-10T17:00"})
    void a_consultations_due_date(LocalDateTime asked, int days, LocalDateTime due) {
        assertThat(Deadlines.consultationDue(CALENDAR, asked, days)).isEqualTo(due);
    }

    @ParameterizedTest(name = "due {0}: an apology at the latest on {1}")
    @CsvSource({"2026-03-05T17:00, 2026-03-04", "2026-03-09T08:00, 2026-03-06", "2026-05-04T17:00, 2026-04-29"})
    void the_apologys_latest_day(LocalDateTime due, LocalDate latest) {
        assertThat(Deadlines.apologyLatestDay(CALENDAR, due)).isEqualTo(latest);
    }

    @ParameterizedTest(name = "done {0} against {1}: {2}")
    @CsvSource({
            "2026-03-04T16:00, 2026-03-05T17:00, EARLY",
            "2026-03-05T08:00, 2026-03-05T17:00, ON_TIME",
            "2026-03-05T17:00, 2026-03-05T17:00, ON_TIME",
            "2026-03-05T17:01, 2026-03-05T17:00, LATE",
            "2026-03-05T17:01, , ON_TIME"})
    void done_against_a_deadline(LocalDateTime done, LocalDateTime deadline, TimelinessClass verdict) {
        assertThat(Timeliness.done(done, deadline)).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "at {0}, with {1} working minutes counted as soon, the due-soon filter and the badge agree")
    @CsvSource({
            "2026-03-02T09:00, 480", // Monday morning, a working day's warning
            "2026-03-06T16:00, 480", // Friday afternoon: the warning runs over the weekend into Monday
            "2026-03-07T10:00, 240", // on a Saturday
            "2026-04-29T16:30, 960"}) // before two days off
    void the_due_soon_filter_agrees_with_the_judgement(LocalDateTime now, long minutes) {
        LocalDateTime before = Deadlines.dueSoonBefore(CALENDAR, now, minutes);
        for (LocalDateTime due = now; due.isBefore(now.plusDays(10)); due = due.plusMinutes(5)) {
            var verdict = Timeliness.judge(new Timeliness.Facts(due, null, null, false), now, CALENDAR, minutes);
            assertThat(due.isBefore(before)).as("due %s", due)
                    .isEqualTo(verdict.timeliness() == TimelinessClass.DUE_SOON);
        }
    }
}

package vn.motcua.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.calendar.domain.Calendars.at;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Restart on supplement, suspend and resume, and the once-only apology (rules.md §2.4). */
class DossierClockTest {

    private final OfficeCalendar calendar = Calendars.standard();

    private DossierClock clock(String received, int workingDays) {
        return DossierClock.start(AppointmentCalculator.appointment(calendar, at(received),
                ProcessingTime.workingDays(workingDays)));
    }

    @Test
    void a_supplement_restarts_the_processing_time_from_zero() {
        DossierClock clock = clock("2026-03-02T09:00", 3);
        assertThat(clock.dueAt()).isEqualTo(at("2026-03-05T17:00"));
        DossierClock restarted = clock.restart(calendar, at("2026-03-04T14:00"));
        assertThat(restarted.dueAt()).isEqualTo(at("2026-03-09T17:00"));
        assertThat(restarted.appointment().clockStartsAt()).isEqualTo(at("2026-03-04T14:00"));
    }

    @Test
    void a_restart_outside_working_time_starts_at_the_next_session() {
        DossierClock restarted = clock("2026-02-09T09:00", 3).restart(calendar, at("2026-02-14T10:00"));
        assertThat(restarted.appointment().clockStartsAt()).isEqualTo(at("2026-02-23T07:30"));
        assertThat(restarted.dueAt()).isEqualTo(at("2026-02-26T17:00"));
    }

    @Test
    void a_suspension_pushes_the_due_instant_by_the_working_time_suspended() {
        DossierClock clock = clock("2026-03-02T09:00", 3).suspend(at("2026-03-03T10:00"));
        DossierClock resumed = clock.resume(calendar, at("2026-03-03T15:00"));   // 90 + 90 working minutes
        assertThat(resumed.dueAt()).isEqualTo(at("2026-03-06T10:30"));
        assertThat(resumed.isSuspended()).isFalse();
    }

    @Test
    void a_suspension_over_a_weekend_counts_only_working_time() {
        DossierClock resumed = clock("2026-03-02T09:00", 5).suspend(at("2026-03-06T16:00"))
                .resume(calendar, at("2026-03-09T08:30"));   // 60 minutes Friday + 60 minutes Monday
        assertThat(resumed.dueAt()).as("due Monday 17:00 plus two working hours").isEqualTo(at("2026-03-10T09:30"));
    }

    @Test
    void a_clock_cannot_be_suspended_twice_or_resumed_when_running() {
        DossierClock clock = clock("2026-03-02T09:00", 3);
        assertThatThrownBy(() -> clock.resume(calendar, at("2026-03-03T10:00"))).isInstanceOf(IllegalStateException.class);
        DossierClock suspended = clock.suspend(at("2026-03-03T10:00"));
        assertThatThrownBy(() -> suspended.suspend(at("2026-03-03T11:00"))).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest(name = "due {0}, apology on {1} for {2}: {3}")
    @CsvSource({
            "2026-03-02T09:00, 3, 2026-03-04T16:00, 2026-03-10T17:00, ",   // the working day before: allowed
            "2026-03-02T09:00, 3, 2026-03-02T10:00, 2026-03-10T17:00, ",
            "2026-03-02T09:00, 3, 2026-03-05T08:00, 2026-03-10T17:00, LESS_THAN_ONE_WORKING_DAY_BEFORE_DUE",
            "2026-03-04T09:00, 3, 2026-03-07T09:00, 2026-03-12T17:00, LESS_THAN_ONE_WORKING_DAY_BEFORE_DUE",
            "2026-03-04T09:00, 3, 2026-03-06T09:00, 2026-03-12T17:00, ",   // due Monday: Friday is the last day
            "2026-03-02T09:00, 3, 2026-03-03T10:00, 2026-03-05T16:00, NEW_DATE_NOT_LATER",
            "2026-03-02T09:00, 3, 2026-03-03T10:00, 2026-03-07T10:00, NEW_DATE_NOT_WORKING_TIME",
            "2026-03-02T09:00, 3, 2026-03-03T10:00, 2026-03-06T12:00, NEW_DATE_NOT_WORKING_TIME",
            "2026-02-09T09:00, 5, 2026-02-13T10:00, 2026-02-26T17:00, ",   // due 24 Feb after Tết: 13 Feb allowed
            "2026-02-09T09:00, 5, 2026-02-23T10:00, 2026-02-26T17:00, LESS_THAN_ONE_WORKING_DAY_BEFORE_DUE",
    })
    void an_apology_must_come_at_least_one_working_day_before_the_due_date(String received, int days,
            String requested, String newDue, RescheduleRefusal expected) {
        var refusal = clock(received, days).refusalToReschedule(calendar, at(requested), at(newDue));
        if (expected == null) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).contains(expected);
        }
    }

    @Test
    void the_appointment_may_be_moved_only_once() {
        DossierClock rescheduled = clock("2026-03-02T09:00", 3)
                .reschedule(calendar, at("2026-03-03T10:00"), at("2026-03-10T17:00"));
        assertThat(rescheduled.promisedAt()).isEqualTo(at("2026-03-10T17:00"));
        assertThat(rescheduled.dueAt()).as("judged against the original").isEqualTo(at("2026-03-05T17:00"));
        assertThatThrownBy(() -> rescheduled.reschedule(calendar, at("2026-03-03T11:00"), at("2026-03-12T17:00")))
                .isInstanceOf(RescheduleRefusedException.class)
                .extracting(e -> ((RescheduleRefusedException) e).refusal())
                .isEqualTo(RescheduleRefusal.ALREADY_RESCHEDULED);
    }
}

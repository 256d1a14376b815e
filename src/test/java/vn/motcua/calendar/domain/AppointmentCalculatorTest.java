package vn.motcua.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.domain.Calendars.at;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due dates on real 2025–2026 dates, one table per rule of rules.md §3–4. */
class AppointmentCalculatorTest {

    private static ProcessingTime time(String unit, String amount, String cutoff) {
        return switch (ProcessingUnit.valueOf(unit)) {
            case WORKING_DAYS -> ProcessingTime.workingDays(Long.parseLong(amount));
            case CALENDAR_DAYS -> ProcessingTime.calendarDays(Long.parseLong(amount));
            case WORKING_HOURS -> ProcessingTime.workingHours(new BigDecimal(amount));
            case SAME_DAY -> ProcessingTime.sameDay(cutoff == null ? null : LocalTime.parse(cutoff));
        };
    }

    private static void expectDue(OfficeCalendar calendar, String received, String unit, String amount, String cutoff,
            String due) {
        Appointment appointment = AppointmentCalculator.appointment(calendar, at(received), time(unit, amount, cutoff));
        assertThat(appointment.dueAt()).as("due for %s + %s %s", received, amount, unit).isEqualTo(at(due));
    }

    @ParameterizedTest(name = "received {0}, {1} working days: due {2}")
    @CsvSource({
            "2026-02-12T10:00, 3, 2026-02-24T17:00",   // the example: Tết 16–20 Feb skipped
            "2026-02-13T16:00, 1, 2026-02-23T17:00",   // Friday before Tết: next working day is after it
            "2026-03-10T10:00, 1, 2026-03-11T17:00",   // the day of receipt is not counted
            "2026-03-13T10:00, 1, 2026-03-16T17:00",   // weekend skipped
            "2025-12-31T10:00, 2, 2026-01-06T17:00",   // 1 Jan off, 2 Jan swapped off, weekend
            "2026-01-09T10:00, 1, 2026-01-10T17:00",   // make-up Saturday 10 Jan is a working day
            "2025-04-25T10:00, 1, 2025-04-26T17:00",   // make-up Saturday 26 Apr 2025
            "2025-04-25T10:00, 4, 2025-05-05T17:00",   // 30 Apr, 1 May, swapped 2 May, weekend
            "2026-04-24T10:00, 2, 2026-04-29T17:00",   // Hùng Kings observed Monday 27 Apr
            "2026-08-28T10:00, 1, 2026-09-03T17:00",   // weekend, 31 Aug swapped, 1–2 Sep National Day
            "2026-08-21T10:00, 1, 2026-08-22T17:00",   // make-up Saturday 22 Aug
    })
    void working_days_end_at_the_close_of_the_nth_working_day_after_receipt(String received, String days, String due) {
        expectDue(Calendars.standard(), received, "WORKING_DAYS", days, null, due);
    }

    @ParameterizedTest(name = "received {0}: the clock starts {1}")
    @CsvSource({
            "2026-03-10T10:00, 2026-03-10T10:00",   // inside a session
            "2026-03-10T07:30, 2026-03-10T07:30",   // at the opening
            "2026-03-10T06:45, 2026-03-10T07:30",   // before opening
            "2026-03-10T12:00, 2026-03-10T13:30",   // lunch break
            "2026-03-10T11:30, 2026-03-10T13:30",   // the end of a session is outside it
            "2026-03-10T17:00, 2026-03-11T07:30",   // at closing
            "2026-03-10T22:40, 2026-03-11T07:30",   // online at night
            "2026-03-14T09:00, 2026-03-16T07:30",   // Saturday
            "2026-02-17T09:00, 2026-02-23T07:30",   // lunar new year's day
            "2026-01-10T09:00, 2026-01-10T09:00",   // make-up Saturday works
    })
    void receipt_outside_working_time_starts_the_clock_at_the_next_session(String received, String start) {
        assertThat(Calendars.standard().clockStart(at(received))).isEqualTo(at(start));
    }

    @Test
    void receipt_on_a_holiday_makes_the_next_working_day_the_day_of_receipt() {
        expectDue(Calendars.standard(), "2026-02-17T09:00", "WORKING_DAYS", "1", null, "2026-02-24T17:00");
        expectDue(Calendars.standard(), "2026-03-14T09:00", "WORKING_DAYS", "1", null, "2026-03-17T17:00");
    }

    @ParameterizedTest(name = "same day, cut-off {1}, received {0}: due {2}")
    @CsvSource({
            "2026-03-10T14:59, 15:00, 2026-03-10T17:00",
            "2026-03-10T15:00, 15:00, 2026-03-11T17:00",   // at the cut-off: next working day
            "2026-03-10T16:30, 15:00, 2026-03-11T17:00",
            "2026-03-13T15:30, 15:00, 2026-03-16T17:00",   // Friday afternoon: Monday
            "2026-04-29T15:30, 15:00, 2026-05-04T17:00",   // before 30 Apr and 1 May
            "2026-03-10T20:00, 15:00, 2026-03-11T17:00",   // at night: the clock starts next morning
            "2026-03-10T16:30,      , 2026-03-10T17:00",   // no cut-off
    })
    void same_day_results_move_to_the_next_working_day_after_the_cutoff(String received, String cutoff, String due) {
        expectDue(Calendars.standard(), received, "SAME_DAY", "0", cutoff, due);
    }

    @ParameterizedTest(name = "received {0} + {1} working hours: due {2}")
    @CsvSource({
            "2026-03-10T10:00, 1,   2026-03-10T11:00",
            "2026-03-10T10:00, 1.5, 2026-03-10T11:30",   // ends exactly at the lunch break
            "2026-03-10T10:00, 4,   2026-03-10T16:00",   // across lunch
            "2026-03-10T10:00, 8,   2026-03-11T10:30",   // across the night
            "2026-02-13T16:00, 2,   2026-02-23T08:30",   // across Tết
            "2026-03-10T07:30, 7.5, 2026-03-10T17:00",   // a whole day of 7.5 hours
            "2026-03-10T12:15, 0.25,2026-03-10T13:45",   // received at lunch
    })
    void working_hours_run_only_inside_sessions(String received, String hours, String due) {
        expectDue(Calendars.standard(), received, "WORKING_HOURS", hours, null, due);
    }

    @ParameterizedTest(name = "received {0} + {1} calendar days: due {2}")
    @CsvSource({
            "2026-03-02T10:00, 3, 2026-03-05T17:00",
            "2026-03-02T10:00, 5, 2026-03-09T17:00",   // ends on Saturday: the next working day
            "2026-02-12T10:00, 5, 2026-02-23T17:00",   // ends on a Tết day
            "2026-03-14T10:00, 1, 2026-03-17T17:00",   // received Saturday: counted from Monday
    })
    void calendar_days_ending_on_a_day_off_end_at_the_next_working_day(String received, String days, String due) {
        expectDue(Calendars.standard(), received, "CALENDAR_DAYS", days, null, due);
    }

    @ParameterizedTest(name = "same clock time: received {0} + {1} working days: due {2}")
    @CsvSource({
            "2026-03-10T10:15, 2, 2026-03-12T10:15",
            "2026-02-12T10:00, 3, 2026-02-24T10:00",
            "2026-03-10T22:00, 1, 2026-03-12T07:30",   // at night: from next morning's opening
    })
    void the_same_clock_time_convention_keeps_the_time_of_receipt(String received, String days, String due) {
        var calendar = Calendars.with(CalendarRules.standard(Calendars.VIETNAM)
                .withConvention(DayCountConvention.SAME_CLOCK_TIME));
        expectDue(calendar, received, "WORKING_DAYS", days, null, due);
    }

    @Test
    void the_days_counted_are_reported() {
        Appointment appointment = AppointmentCalculator.appointment(Calendars.standard(), at("2026-02-12T10:00"),
                ProcessingTime.workingDays(3));
        assertThat(appointment.countedDays()).containsExactly(
                LocalDate.parse("2026-02-13"), LocalDate.parse("2026-02-23"), LocalDate.parse("2026-02-24"));
        assertThat(appointment.clockStartsAt()).isEqualTo(at("2026-02-12T10:00"));
    }

    @Test
    void seasonal_hours_replace_the_usual_ones_between_their_dates() {
        var summer = new SeasonalHours("Giờ mùa hè", MonthDay.of(4, 15), MonthDay.of(10, 14),
                WeeklyHours.mondayToFriday(WorkingSession.of("07:00", "11:30"), WorkingSession.of("13:30", "17:00")));
        var calendar = Calendars.with(CalendarRules.standard(Calendars.VIETNAM).withSeasons(List.of(summer)));
        assertThat(calendar.clockStart(at("2026-05-05T07:10"))).isEqualTo(at("2026-05-05T07:10"));
        assertThat(calendar.clockStart(at("2026-03-10T07:10"))).isEqualTo(at("2026-03-10T07:30"));
        var winter = new SeasonalHours("Giờ mùa đông", MonthDay.of(10, 15), MonthDay.of(4, 14),
                WeeklyHours.mondayToFriday(WorkingSession.of("07:30", "12:00"), WorkingSession.of("13:00", "16:30")));
        assertThat(winter.covers(LocalDate.parse("2026-01-05"))).isTrue();
        assertThat(winter.covers(LocalDate.parse("2026-07-05"))).isFalse();
    }

    @Test
    void the_ninth_hour_on_thursday_is_working_time_for_reception_and_due_dates() {
        var ninthHour = Calendars.extra("Giờ làm việc thứ 9", "17:00", "18:00", LocalDate.parse("2024-06-20"),
                DayOfWeek.THURSDAY);
        var baVi = Calendars.with(CalendarRules.standard(Calendars.VIETNAM).withExtraSessions(List.of(ninthHour)));
        expectDue(baVi, "2026-03-12T17:30", "SAME_DAY", "0", null, "2026-03-12T18:00");
        expectDue(Calendars.standard(), "2026-03-12T17:30", "SAME_DAY", "0", null, "2026-03-13T17:00");
        expectDue(baVi, "2026-03-11T10:00", "WORKING_DAYS", "1", null, "2026-03-12T18:00");
        assertThat(baVi.day(LocalDate.parse("2026-03-12")).sessions()).extracting(WorkingSession::label)
                .containsExactly(null, null, "Giờ làm việc thứ 9");
    }

    @Test
    void an_extra_session_does_not_apply_before_its_start_or_on_a_day_off() {
        var ninthHour = Calendars.extra("Giờ làm việc thứ 9", "17:00", "18:00", LocalDate.parse("2024-06-20"),
                DayOfWeek.THURSDAY);
        var baVi = Calendars.with(CalendarRules.standard(Calendars.VIETNAM).withExtraSessions(List.of(ninthHour)));
        assertThat(baVi.day(LocalDate.parse("2024-06-13")).closing()).isEqualTo(LocalTime.of(17, 0));
        assertThat(baVi.day(LocalDate.parse("2026-04-30")).isWorking()).isFalse();
    }

    @Test
    void early_opening_and_saturday_reception_are_working_time() {
        var early = Calendars.extra("30 phút vì dân", "07:00", "07:30", LocalDate.parse("2023-10-23"),
                DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        var saturday = Calendars.extra("Tiếp nhận sáng thứ Bảy", "07:30", "11:30", LocalDate.parse("2025-07-01"),
                DayOfWeek.SATURDAY);
        var office = Calendars.with(CalendarRules.standard(Calendars.VIETNAM).withExtraSessions(List.of(early, saturday)));
        assertThat(office.clockStart(at("2026-03-09T07:10"))).isEqualTo(at("2026-03-09T07:10"));
        assertThat(office.clockStart(at("2026-03-10T07:10"))).isEqualTo(at("2026-03-10T07:30"));
        assertThat(office.clockStart(at("2026-03-14T09:00"))).isEqualTo(at("2026-03-14T09:00"));
        assertThat(office.day(LocalDate.parse("2026-03-14")).kind()).isEqualTo(DayKind.WORKING_DAY);
    }

    @Test
    void a_saturday_of_reception_only_receives_but_the_clock_starts_at_the_next_working_session() {
        var saturday = new ExtraSession(WorkingSession.of("07:30", "11:30"), java.util.Set.of(DayOfWeek.SATURDAY),
                LocalDate.parse("2025-07-01"), null, ExtraSession.Use.RECEPTION_ONLY);
        var office = Calendars.with(CalendarRules.standard(Calendars.VIETNAM).withExtraSessions(List.of(saturday)));
        DaySchedule day = office.day(LocalDate.parse("2026-03-14"));
        assertThat(day.isWorking()).isFalse();
        assertThat(day.kind()).isEqualTo(DayKind.WEEKEND);
        assertThat(day.deskOpenAt(LocalTime.of(9, 0))).isTrue();
        assertThat(day.deskOpenAt(LocalTime.of(13, 0))).isFalse();
        assertThat(office.clockStart(at("2026-03-14T09:00"))).isEqualTo(at("2026-03-16T07:30"));
        // One working day: received on a Saturday of reception only, the day of receipt is Monday, due Tuesday;
        // on a Saturday that counts for processing too, the day of receipt is Saturday, due Monday.
        expectDue(office, "2026-03-14T09:00", "WORKING_DAYS", "1", null, "2026-03-17T17:00");
        var processing = Calendars.extra("Sáng thứ Bảy", "07:30", "11:30", LocalDate.parse("2025-07-01"), DayOfWeek.SATURDAY);
        expectDue(Calendars.with(CalendarRules.standard(Calendars.VIETNAM).withExtraSessions(List.of(processing))),
                "2026-03-14T09:00", "WORKING_DAYS", "1", null, "2026-03-16T17:00");
    }
}

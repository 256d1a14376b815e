package vn.motcua.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.domain.Calendars.at;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an edit of the calendar changes: the days whose working time differs, the due dates it computes anew. */
class CalendarDifferenceTest {

    private static final OfficeCalendar STANDARD = Calendars.standard();

    private static OfficeCalendar closedOn(String day) {
        return Calendars.with(CalendarRules.standard(List.of(new DayException(LocalDate.parse(day),
                DayException.Kind.CLOSURE, "Bão", null))));
    }

    @Test
    void a_closure_changes_its_day_only() {
        var difference = new CalendarDifference(STANDARD, closedOn("2026-03-18"));
        var days = difference.days(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
        assertThat(days).extracting(CalendarDifference.DayChange::date).containsExactly(LocalDate.parse("2026-03-18"));
        assertThat(days.getFirst().minutesGained()).isEqualTo(-450);
    }

    @Test
    void a_saturday_of_reception_only_changes_the_day_but_no_due_date() {
        var saturday = new ExtraSession(WorkingSession.of("07:30", "11:30"), java.util.Set.of(DayOfWeek.SATURDAY),
                LocalDate.parse("2026-03-01"), null, ExtraSession.Use.RECEPTION_ONLY);
        var after = Calendars.with(CalendarRules.standard(Calendars.VIETNAM).withExtraSessions(List.of(saturday)));
        var difference = new CalendarDifference(STANDARD, after);
        assertThat(difference.days(LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-15")))
                .singleElement().satisfies(c -> assertThat(c.minutesGained()).isZero());
        var appointment = Deadlines.appointment(STANDARD, at("2026-03-12T10:00"), ProcessingTime.workingDays(3));
        assertThat(difference.movedDue(appointment, appointment.dueAt())).isEmpty();
    }

    @ParameterizedTest(name = "received {0}, {1} working days, due {2} held as {3}: on the new calendar {4}")
    @CsvSource(nullValues = "none", value = {
            // due Tuesday 17 at 17:00; Wednesday 18 closed: a dossier due on the 17th keeps its day
            "2026-03-12T10:00, 3, 2026-03-17T17:00, 2026-03-17T17:00, none",
            // due Wednesday 18; closed that day, the new calendar gives Thursday 19
            "2026-03-13T10:00, 3, 2026-03-18T17:00, 2026-03-18T17:00, 2026-03-19T17:00",
            // the same dossier pushed two working hours by a suspension keeps the push
            "2026-03-13T10:00, 3, 2026-03-18T17:00, 2026-03-19T09:30, 2026-03-20T09:30",
    })
    void a_due_date_moves_when_the_new_calendar_computes_it_differently(String received, int days, String due,
            String held, String moved) {
        var appointment = Deadlines.appointment(STANDARD, at(received), ProcessingTime.workingDays(days));
        assertThat(appointment.dueAt()).isEqualTo(at(due));
        var difference = new CalendarDifference(STANDARD, closedOn("2026-03-18"));
        assertThat(difference.movedDue(appointment, at(held))).isEqualTo(java.util.Optional.ofNullable(moved).map(Calendars::at));
    }

    @Test
    void a_due_instant_on_a_closed_day_is_no_longer_working_time() {
        var difference = new CalendarDifference(STANDARD, closedOn("2026-03-18"));
        assertThat(difference.workingOnNewCalendar(at("2026-03-18T17:00"))).isFalse();
        assertThat(difference.workingOnNewCalendar(at("2026-03-19T17:00"))).isTrue();
    }
}

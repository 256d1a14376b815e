package vn.motcua.queue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.calendar.domain.DayKind;
import vn.motcua.calendar.domain.DaySchedule;
import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.servicemodel.domain.ServiceModel;
import vn.motcua.servicemodel.domain.ServiceModelKind;

/** When to come, rule by rule: same-day results on no-appointment days, crowd levels, the quietest hours. */
class VisitAdviceTest {

    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);
    static final List<WorkingSession> ORDINARY = List.of(WorkingSession.of("07:30", "11:30"), WorkingSession.of("13:30", "17:00"));
    static final ServiceModel THURSDAY_NO_APPOINTMENT = new ServiceModel(1L, AgencyCode.of("H99.05"), ServiceModelKind.NO_APPOINTMENT_DAY,
            "Ngày thứ 5 không hẹn", LocalDate.of(2022, 3, 1), null, Set.of(DayOfWeek.THURSDAY), null, List.of(), List.of(), true, false);

    private static List<DaySchedule> coming() {
        var thursdayNinth = new java.util.ArrayList<>(ORDINARY);
        thursdayNinth.add(new WorkingSession(LocalTime.of(17, 0), LocalTime.of(18, 0), "Giờ làm việc thứ 9"));
        return List.of(new DaySchedule(WEDNESDAY, DayKind.WORKING_DAY, null, ORDINARY),
                new DaySchedule(WEDNESDAY.plusDays(1), DayKind.WORKING_DAY, null, thursdayNinth),
                new DaySchedule(WEDNESDAY.plusDays(3), DayKind.WEEKEND, null, List.of()));
    }

    @Test
    void a_no_appointment_day_gives_the_procedure_a_same_day_result_and_a_day_off_says_why() {
        var advice = VisitAdvice.of(coming(), List.of(THURSDAY_NO_APPOINTMENT), "1.004873", "Hộ tịch", new int[7][24], 8, WEDNESDAY.atTime(6, 0));
        assertThat(advice.days()).extracting(VisitAdvice.Day::sameDayResult).containsExactly(false, true, false);
        assertThat(advice.days().get(2).dayOff()).isEqualTo("");
        var office = VisitAdvice.of(coming(), List.of(THURSDAY_NO_APPOINTMENT), null, null, new int[7][24], 8, WEDNESDAY.atTime(6, 0));
        assertThat(office.days()).as("no procedure, no promise").extracting(VisitAdvice.Day::sameDayResult)
                .containsOnly(false);
    }

    @Test
    void the_quietest_hours_are_those_usually_least_crowded_a_model_s_session_first_among_equals() {
        int[][] arrivals = new int[7][24];
        for (int h = 7; h < 17; h++) {
            arrivals[2][h] = 40;
            arrivals[3][h] = 40;
        }
        arrivals[3][16] = 8;
        var advice = VisitAdvice.of(coming(), List.of(), null, null, arrivals, 8, WEDNESDAY.atTime(6, 0));
        assertThat(advice.quietest()).extracting(VisitAdvice.Hour::start).first().isEqualTo(LocalTime.of(17, 0));
        assertThat(advice.quietest().getFirst().session()).isEqualTo("Giờ làm việc thứ 9");
        assertThat(advice.quietest().get(1).start()).isEqualTo(LocalTime.of(16, 0));
        assertThat(advice.levelAt(3, 9)).isEqualTo(3);
        assertThat(advice.levelAt(3, 16)).isEqualTo(1);
        assertThat(advice.levelAt(3, 17)).isZero();
        var afternoon = VisitAdvice.of(coming(), List.of(), null, null, arrivals, 8, WEDNESDAY.plusDays(1).atTime(17, 10));
        assertThat(afternoon.quietest()).as("an hour begun is not advised").isEmpty();
        assertThat(VisitAdvice.of(coming(), List.of(), null, null, new int[7][24], 8, WEDNESDAY.atTime(6, 0)).quietest())
                .as("no figures, no advice").isEmpty();
    }

    @ParameterizedTest(name = "{0} a week when the busiest hour has {1}: level {2}")
    @CsvSource({"0, 10, 0", "1, 10, 1", "3.3, 10, 1", "3.4, 10, 2", "6.7, 10, 3", "10, 10, 3", "5, 0, 0"})
    void a_crowd_level_is_a_third_of_the_busiest_hour(double usual, double busiest, int level) {
        assertThat(VisitAdvice.level(usual, busiest)).isEqualTo(level);
    }
}

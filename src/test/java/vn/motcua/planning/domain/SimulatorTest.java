package vn.motcua.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.servicemodel.domain.ServiceModel;
import vn.motcua.servicemodel.domain.ServiceModelKind;

/** The simulator's rules, on a made-up office whose history a real desk could have made ({@link HistoryFixture}). */
class SimulatorTest {

    static final History BUSY = HistoryFixture.history(85, 2, 11);

    static Simulator.Result run(Change change) {
        return Simulator.run(BUSY, change, 5, 3, n -> { });
    }

    @Test
    void the_unchanged_configuration_reproduces_what_happened() {
        var result = run(new Change.Unchanged());
        assertThat(result.actual().waitMedian()).as("a busy desk: visitors wait").isGreaterThan(5.0);
        assertThat(result.honest()).isTrue();
        assertThat(result.onTimeGap()).isLessThanOrEqualTo(Simulator.HONEST_POINTS);
        assertThat(result.waitGap()).isLessThanOrEqualTo(Simulator.HONEST_WAIT_SHARE);
        assertThat(result.unchanged().officerHours().mean()).isCloseTo(result.actual().officerHours(),
                org.assertj.core.data.Percentage.withPercentage(5));
    }

    @Test
    void a_seed_gives_the_same_figures_again_and_another_seed_other_ones() {
        var once = Simulator.run(BUSY, new Change.Counters(1), 3, 42, n -> { });
        var again = Simulator.run(BUSY, new Change.Counters(1), 3, 42, n -> { });
        var other = Simulator.run(BUSY, new Change.Counters(1), 3, 43, n -> { });
        assertThat(again.changed().runs()).isEqualTo(once.changed().runs());
        assertThat(other.changed().runs()).isNotEqualTo(once.changed().runs());
    }

    @Test
    void one_counter_more_shortens_the_wait_and_costs_officer_hours() {
        var result = run(new Change.Counters(1));
        assertThat(result.changed().waitMedian().mean()).isLessThan(result.unchanged().waitMedian().mean() / 2);
        assertThat(result.changed().officerHours().mean()).isGreaterThan(result.unchanged().officerHours().mean() * 1.4);
    }

    @Test
    void without_the_ninth_hour_its_visitors_come_at_the_next_opening_and_wait_longer() {
        var result = run(new Change.RemoveModel(HistoryFixture.NINTH_HOUR_ID));
        assertThat(result.changed().officerHours().mean()).as("no Thursday hour to staff").isLessThan(result.unchanged().officerHours().mean());
        assertThat(result.changed().waitP90().mean()).isGreaterThan(result.unchanged().waitP90().mean());
        assertThat(result.changed().busiest().getFirst()).as("the next mornings take them")
                .satisfies(h -> assertThat(h.day()).isEqualTo(DayOfWeek.FRIDAY));
    }

    @Test
    void an_extra_hour_serves_the_share_of_its_days_visitors_assumed() {
        var tuesday = new ServiceModel(null, AgencyCode.of("T01"), ServiceModelKind.EXTENDED_SESSION, "Giờ thứ 9 thứ Ba",
                HistoryFixture.FROM, null, Set.of(DayOfWeek.TUESDAY), new vn.motcua.calendar.domain.WorkingSession(LocalTime.of(17, 0),
                        LocalTime.of(18, 0), null), List.of(), List.of(), true, false);
        var result = run(new Change.AddModel(tuesday, 20));
        // four Tuesdays of 85 visitors, a fifth of them
        assertThat(result.changed().movedIn().mean()).isBetween(4 * 85 * 0.15, 4 * 85 * 0.25);
    }

    @Test
    void a_no_appointment_day_makes_its_dossiers_due_the_same_day_which_the_office_never_managed() {
        var wednesday = new ServiceModel(null, AgencyCode.of("T01"), ServiceModelKind.NO_APPOINTMENT_DAY, "Ngày không hẹn",
                HistoryFixture.FROM, null, Set.of(DayOfWeek.WEDNESDAY), null, List.of("Hộ tịch"), List.of(), true, false);
        var result = run(new Change.AddModel(wednesday, 0));
        assertThat(result.actual().onTimePercent()).isEqualTo(100.0);
        // a fifth of the dossiers are received on Wednesdays; their ways took hours: most are late the same day
        assertThat(result.changed().onTimePercent().mean()).isLessThan(95.0);
    }

    @Test
    void fewer_officers_in_a_unit_hold_fewer_dossiers_at_once_and_finish_later() {
        int held = run(new Change.Unchanged()).units().getFirst().heldAtOnce();
        var result = run(new Change.UnitOfficers("Phòng A", 10, 1));
        assertThat(held).isGreaterThan(10);
        assertThat(result.changed().onTimePercent().mean()).isLessThan(result.unchanged().onTimePercent().mean());
        assertThatThrownBy(() -> run(new Change.UnitOfficers("Phòng B", 2, 1))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void opening_half_an_hour_earlier_adds_officer_hours_and_takes_the_visitors_assumed() {
        var result = run(new Change.Hours(Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 30, 0, 10));
        assertThat(result.changed().movedIn().mean()).isPositive();
        double scheduledBefore = result.unchanged().officerHours().mean() - result.unchanged().overtimeHours().mean();
        double scheduledAfter = result.changed().officerHours().mean() - result.changed().overtimeHours().mean();
        assertThat(scheduledAfter - scheduledBefore).as("2 counters × 0.5 h × 8 days").isCloseTo(8.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(result.changed().overtimeHours().mean()).as("fewer left at closing").isLessThanOrEqualTo(result.unchanged().overtimeHours().mean());
        assertThatThrownBy(() -> new Change.Hours(Set.of(DayOfWeek.MONDAY), 0, 0, 10)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Change.Hours(Set.of(DayOfWeek.MONDAY), 181, 0, 10)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_period_without_visitors_or_dossiers_answers_with_empty_figures() {
        var empty = new History("T01", HistoryFixture.FROM, HistoryFixture.TO, BUSY.rules(), BUSY.models(), List.of(), List.of(),
                java.util.Map.of(), false);
        var result = Simulator.run(empty, new Change.Counters(1), 2, 1, n -> { });
        assertThat(result.dossiers()).isZero();
        assertThat(result.actual().waitMedian()).isNull();
        assertThat(result.changed().waitMedian()).isNull();
        assertThat(result.honest()).isTrue();
    }

    @Test
    void at_most_30_runs() {
        assertThatThrownBy(() -> Simulator.run(BUSY, new Change.Unchanged(), 31, 1, n -> { })).isInstanceOf(InvalidValueException.class);
    }
}

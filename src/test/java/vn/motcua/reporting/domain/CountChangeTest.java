package vn.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.domain.TimelinessClass;
import vn.motcua.organization.domain.AgencyCode;

/** What each event of a dossier adds to the counters, on which day and under which keys. */
class CountChangeTest {

    static final LocalDateTime RECEIVED = LocalDateTime.of(2021, 3, 15, 9, 0);

    static DossierFact fact(Closing closing, TimelinessClass timeliness, LocalDateTime closed, LocalDateTime returned) {
        return new DossierFact("H99.02-210315-0001", AgencyCode.of("H99.02"), "Đất đai", "2.999001", "Hòa giải tranh chấp đất đai",
                "tiepnhan.02", "chuyenvien.02", "COUNTER", true, true, List.of(7L), RECEIVED, RECEIVED.plusDays(30), null,
                closed, closing, timeliness, null, returned, null, null, null);
    }

    @Test
    void a_reception_counts_on_its_day_under_the_receiving_officer_and_each_key() {
        var change = CountChange.received(fact(null, null, null, null));
        assertThat(change.day()).isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(change.counts()).isEqualTo(new DayCounts(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(change.keys()).containsExactly(new CountChange.Key(Dimension.ALL, ""), new CountChange.Key(Dimension.FIELD, "Đất đai"),
                new CountChange.Key(Dimension.PROCEDURE, "2.999001"), new CountChange.Key(Dimension.OFFICER, "tiepnhan.02"),
                new CountChange.Key(Dimension.CHANNEL, "COUNTER"), new CountChange.Key(Dimension.MODEL, "7"));
    }

    @Test
    void a_late_result_counts_on_the_day_it_closed_under_the_handling_officer() {
        var closed = LocalDateTime.of(2021, 4, 20, 10, 0);
        var change = CountChange.closed(fact(Closing.RESULT, TimelinessClass.LATE, closed, null));
        assertThat(change.day()).isEqualTo(LocalDate.of(2021, 4, 20));
        assertThat(change.counts()).isEqualTo(new DayCounts(0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0));
        assertThat(change.keys()).contains(new CountChange.Key(Dimension.OFFICER, "chuyenvien.02"));
    }

    @Test
    void a_refusal_is_finished_and_judged_a_stop_is_neither() {
        var at = RECEIVED.plusHours(2);
        assertThat(CountChange.closed(fact(Closing.REFUSED, TimelinessClass.EARLY, at, null)).counts())
                .isEqualTo(new DayCounts(0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0));
        assertThat(CountChange.closed(fact(Closing.STOPPED, TimelinessClass.EXCLUDED, at, null)).counts())
                .isEqualTo(new DayCounts(0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0));
    }

    @Test
    void a_whole_history_adds_reception_closing_and_return() {
        var closed = RECEIVED.plusHours(3);
        var all = CountChange.all(fact(Closing.RESULT, TimelinessClass.EARLY, closed, closed.plusHours(1)));
        assertThat(all).hasSize(3);
        var sums = new CountSums();
        all.forEach(sums::add);
        var day = sums.rows().get(new CountSums.Row(CountSums.Grain.D, Dimension.ALL, AgencyCode.of("H99.02"), RECEIVED.toLocalDate(), ""));
        var month = sums.rows().get(new CountSums.Row(CountSums.Grain.M, Dimension.ALL, AgencyCode.of("H99.02"), LocalDate.of(2021, 3, 1), ""));
        assertThat(day).isEqualTo(new DayCounts(1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1)).isEqualTo(month);
    }

    @Test
    void the_late_rate_over_the_workload_counts_overdue_dossiers_too_and_figures_balance() {
        var figures = new PeriodFigures(10, new DayCounts(90, 0, 80, 60, 17, 3, 2, 5, 0, 0, 0), 15, 4);
        assertThat(figures.workload()).isEqualTo(100);
        assertThat(figures.lateRateOverWorkload()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("7.00"));
        assertThat(figures.onTimeRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("96.25"));
        assertThat(figures.balances()).isTrue();
        assertThat(new PeriodFigures(0, DayCounts.ZERO, 0, 0).onTimeRate()).as("no data, never 100 %").isEmpty();
    }
}

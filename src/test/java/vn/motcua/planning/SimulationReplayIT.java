package vn.motcua.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.demo.history.DemoHistoryFixture;
import vn.motcua.demo.history.HistoryLoader;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.planning.domain.Change;
import vn.motcua.planning.domain.Simulator;
import vn.motcua.support.DatabaseTest;

/**
 * The simulator on Hồng Hà's 2021 (about 12,000 dossiers, their tickets): the unchanged configuration reproduces what
 * happened (its test of honesty), a seed gives the same figures again, and changes move the figures the way they must.
 */
@DatabaseTest
class SimulationReplayIT {

    static final AgencyCode HONG_HA = AgencyCode.of("H99.02");
    static final LocalDate FROM = LocalDate.of(2021, 1, 1);
    static final LocalDate TO = LocalDate.of(2021, 12, 31);

    @Autowired
    HistoryLoader loader;
    @Autowired
    SimulationHistories histories;

    @BeforeEach
    void loadOnce() {
        DemoHistoryFixture.hongHa2021(loader);
    }

    @Test
    void the_unchanged_year_reproduces_what_happened_and_a_seed_gives_the_same_figures_again() {
        var history = histories.of(HONG_HA, FROM, TO);
        assertThat(history.dossiers()).hasSizeGreaterThan(11_000);
        assertThat(history.fromTickets()).isTrue();
        long start = System.nanoTime();
        var result = Simulator.run(history, new Change.Counters(-1), 5, 42, n -> { });
        System.out.printf("simulated in %d ms: actual %s%nunchanged %s%nchanged %s%n", (System.nanoTime() - start) / 1_000_000,
                result.actual(), result.unchanged().onTimePercent() + " " + result.unchanged().waitMedian() + " "
                        + result.unchanged().waitP90() + " " + result.unchanged().officerHours(),
                result.changed().onTimePercent() + " " + result.changed().waitMedian() + " " + result.changed().officerHours());
        assertThat(result.honest()).isTrue();
        assertThat(Math.abs(result.unchanged().onTimePercent().mean() - result.actual().onTimePercent())).isLessThanOrEqualTo(1.0);
        assertThat(Math.abs(result.unchanged().waitMedian().mean() - result.actual().waitMedian()))
                .isLessThanOrEqualTo(0.2 * result.actual().waitMedian());
        assertThat(result.changed().waitMedian().mean()).as("one counter fewer").isGreaterThan(result.unchanged().waitMedian().mean());

        var again = Simulator.run(history, new Change.Counters(-1), 5, 42, n -> { });
        assertThat(again.changed().runs()).isEqualTo(result.changed().runs());

        var thursdays = Simulator.run(history, new Change.Hours(Set.of(DayOfWeek.THURSDAY), 0, 60, 20), 3, 7, n -> { });
        assertThat(thursdays.changed().movedIn().mean()).isPositive();
        assertThat(thursdays.changed().officerHours().mean()).isGreaterThan(thursdays.unchanged().officerHours().mean());
    }
}

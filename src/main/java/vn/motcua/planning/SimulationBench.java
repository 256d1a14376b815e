package vn.motcua.planning;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.planning.domain.Change;
import vn.motcua.planning.domain.Simulator;

/** Times the simulator's answer as the background job makes it (its benchmark, {@code bench/simulation.sh}). */
@Component
public class SimulationBench {

    private final SimulationHistories histories;

    SimulationBench(SimulationHistories histories) {
        this.histories = histories;
    }

    public record Timing(long loadMillis, long simulateMillis, int dossiers, int visits, String summary) {
    }

    public Timing time(AgencyCode office, LocalDate from, LocalDate to, Change change, int runs, long seed) {
        long start = System.nanoTime();
        var history = histories.of(office, from, to);
        long loaded = System.nanoTime();
        var result = Simulator.run(history, change, runs, seed, n -> { });
        long done = System.nanoTime();
        String summary = "actual on time %.2f %%, median wait %s; unchanged %.2f %%, %s; changed %.2f %%, %s; honest %s".formatted(
                result.actual().onTimePercent(), result.actual().waitMedian(), result.unchanged().onTimePercent().mean(),
                result.unchanged().waitMedian(), result.changed().onTimePercent().mean(), result.changed().waitMedian(), result.honest());
        return new Timing((loaded - start) / 1_000_000, (done - loaded) / 1_000_000, history.dossiers().size(), history.visits().size(),
                summary);
    }
}

package vn.motcua.planning.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.function.ToDoubleFunction;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * The what-if simulator: an office's past period replayed, each run with its own seed, once as it was configured (the
 * test of honesty against what happened) and once as the change makes it, with the same seeds (so that the two differ
 * by the change, not by chance). Each run: the real visitors come when they came (those whose time no longer exists at
 * the next opening; a share of a day's visitors in desk time added), each with a service time drawn from the office's
 * history, through the day's counters; the dossiers get their due date from the calendar and the models as changed,
 * and each goes the way of a dossier of its procedure drawn from the history through the units ({@link Processing}).
 */
public final class Simulator {

    public static final int MAX_RUNS = 30;
    /** The test of honesty: on-time rate within this many points of what happened… */
    public static final double HONEST_POINTS = 1.0;
    /** …and the median wait within this share of it. */
    public static final double HONEST_WAIT_SHARE = 0.2;

    private Simulator() {
    }

    /** A figure over the runs: its mean and its lowest and highest. */
    public record Spread(double mean, double low, double high) {

        static Spread of(List<Figures> runs, ToDoubleFunction<Figures> figure) {
            double[] values = runs.stream().mapToDouble(figure).filter(v -> !Double.isNaN(v)).toArray();
            if (values.length == 0) {
                return null;
            }
            return new Spread(Arrays.stream(values).average().orElse(0), Arrays.stream(values).min().orElse(0),
                    Arrays.stream(values).max().orElse(0));
        }
    }

    /** The runs of one configuration, summed up. */
    public record Summary(Spread onTimePercent, Spread sameDay, Spread waitMedian, Spread waitP90, Spread officerHours,
            Spread overtimeHours, Spread movedIn, List<Figures.Hour> busiest, List<Figures> runs) {

        static Summary of(List<Figures> runs) {
            return new Summary(Spread.of(runs, Figures::onTimePercent), Spread.of(runs, Figures::sameDay),
                    Spread.of(runs, f -> f.waitMedian() == null ? Double.NaN : f.waitMedian()),
                    Spread.of(runs, f -> f.waitP90() == null ? Double.NaN : f.waitP90()), Spread.of(runs, Figures::officerHours),
                    Spread.of(runs, Figures::overtimeHours), Spread.of(runs, Figures::movedIn), runs.getFirst().busiest(),
                    List.copyOf(runs));
        }
    }

    /**
     * @param honest whether the unchanged configuration reproduced what happened (on-time rate within
     *        {@value #HONEST_POINTS} point, median wait within 20 % when waits are known)
     */
    /** @param sharePercent the share of a day's visitors the change's added desk time took (0 when it adds none) */
    public record Result(Figures actual, Summary unchanged, Summary changed, boolean honest, List<Unit> units, int dossiers,
            int sharePercent) {

        /** How far the unchanged configuration's on-time rate is from what happened, in points. */
        public double onTimeGap() {
            return Math.abs(unchanged.onTimePercent().mean() - actual.onTimePercent());
        }

        /** How far its median wait is from what happened, as a share of it (null when waits are not known). */
        public Double waitGap() {
            if (actual.waitMedian() == null || unchanged.waitMedian() == null) {
                return null;
            }
            return Math.abs(unchanged.waitMedian().mean() - actual.waitMedian()) / Math.max(1, actual.waitMedian());
        }
    }

    /** A unit the dossiers went through, and the most it held at once in the period (its capacity as it was). */
    public record Unit(String name, int heldAtOnce) {
    }

    /**
     * @param progress told each run's end (1 to 2 × runs)
     */
    public static Result run(History history, Change change, int runs, long seed, IntConsumer progress) {
        if (runs < 1 || runs > MAX_RUNS) {
            throw new InvalidValueException("simulation.runs", "From 1 to 30 runs");
        }
        var replay = new Replay(history);
        var actual = replay.actual();
        var unchanged = new Scene(replay, Setting.of(history, new Change.Unchanged()));
        var changed = change instanceof Change.Unchanged ? unchanged : new Scene(replay, Setting.of(history, change));
        var before = new ArrayList<Figures>();
        var after = new ArrayList<Figures>();
        int done = 0;
        for (int r = 0; r < runs; r++) {
            before.add(unchanged.run(new Random(seed + r)));
            progress.accept(++done);
            after.add(changed == unchanged ? before.getLast() : changed.run(new Random(seed + r)));
            progress.accept(++done);
        }
        var base = Summary.of(before);
        var probe = new Result(actual, base, base, false, List.of(), 0, 0);
        boolean honest = probe.onTimeGap() <= HONEST_POINTS && (probe.waitGap() == null || probe.waitGap() <= HONEST_WAIT_SHARE);
        var units = new ArrayList<Unit>();
        for (int u = 0; u < replay.units.size(); u++) {
            units.add(new Unit(replay.units.get(u), replay.capacity[u]));
        }
        return new Result(actual, base, Summary.of(after), honest, units, history.dossiers().size(),
                Setting.of(history, change).sharePercent());
    }
}

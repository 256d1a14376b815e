package vn.motcua.reporting.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The figures of a period report (metrics.md §2): carried over from before the period, the period's counters,
 * and what was still in progress at its end, overdue or not.
 */
public record PeriodFigures(long carriedOver, DayCounts counts, long inProgress, long overdue) {

    /** All the dossiers the office had to handle in the period: carried over and received. */
    public long workload() {
        return carriedOver + counts.received();
    }

    public long notDue() {
        return inProgress - overdue;
    }

    /** The on-time rate over the finished dossiers. */
    public Optional<BigDecimal> onTimeRate() {
        return counts.onTimeRate();
    }

    /** (late finished + overdue in progress) / (carried over + received), in percent: the late rate over the workload. */
    public Optional<BigDecimal> lateRateOverWorkload() {
        return DayCounts.percent(counts.late() + overdue, workload());
    }

    /** Whether carried over + received = finished + stopped + in progress at the end, as it must. */
    public boolean balances() {
        return carriedOver + counts.received() == counts.finished() + counts.stopped() + inProgress;
    }
}

package vn.motcua.reporting.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counter changes summed per row of the counters: each change counts on its day (grain {@code D}) and in its
 * month (grain {@code M}, the month's first day), under each of its keys.
 */
public final class CountSums {

    public enum Grain { D, M }

    /** One row of the counters. */
    public record Row(Grain grain, Dimension dimension, String office, LocalDate period, String key) {
    }

    private final Map<Row, DayCounts> sums = new LinkedHashMap<>();

    public void add(CountChange change) {
        LocalDate month = change.day().withDayOfMonth(1);
        for (var key : change.keys()) {
            sums.merge(new Row(Grain.D, key.dimension(), change.office(), change.day(), key.value()), change.counts(), DayCounts::plus);
            sums.merge(new Row(Grain.M, key.dimension(), change.office(), month, key.value()), change.counts(), DayCounts::plus);
        }
    }

    public Map<Row, DayCounts> rows() {
        return sums;
    }

    public boolean isEmpty() {
        return sums.isEmpty();
    }

    public void clear() {
        sums.clear();
    }
}

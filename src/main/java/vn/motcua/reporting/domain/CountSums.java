package vn.motcua.reporting.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.organization.domain.AgencyCode;

/**
 * Counter changes summed per row of the counters: each change counts on its day (grain {@code D}), in its
 * month (grain {@code M}, the month's first day) and in its year (grain {@code Y}, 1 January), under each of its keys, for its office and for every agency above
 * it (so that an agency's rows hold its whole subtree and a province reads its own rows, not those of 600 communes).
 */
public final class CountSums {

    public enum Grain { D, M, Y }

    /** One row of the counters. */
    public record Row(Grain grain, Dimension dimension, AgencyCode office, LocalDate period, String key) {
    }

    private final Map<Row, DayCounts> sums = new LinkedHashMap<>();
    private final java.util.function.Function<AgencyCode, List<AgencyCode>> line;

    /** Sums for the offices only (no agency above them). */
    public CountSums() {
        this(office -> List.of(office));
    }

    /** @param line an office's code → the office and the agencies above it, nearest first */
    public CountSums(java.util.function.Function<AgencyCode, List<AgencyCode>> line) {
        this.line = line;
    }

    public void add(CountChange change) {
        LocalDate month = change.day().withDayOfMonth(1);
        LocalDate year = change.day().withDayOfYear(1);
        for (AgencyCode agency : line.apply(change.office())) {
            for (var key : change.keys()) {
                sums.merge(new Row(Grain.D, key.dimension(), agency, change.day(), key.value()), change.counts(), DayCounts::plus);
                sums.merge(new Row(Grain.M, key.dimension(), agency, month, key.value()), change.counts(), DayCounts::plus);
                sums.merge(new Row(Grain.Y, key.dimension(), agency, year, key.value()), change.counts(), DayCounts::plus);
            }
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

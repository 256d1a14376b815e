package vn.motcua.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Month bars of received and finished dossiers with the on-time rate of each month, laid out for an SVG of
 * {@link #WIDTH} × {@link #HEIGHT}: every month of the range appears, empty months as zero.
 */
public record TrendChart(List<Bar> bars, long max) {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 220;
    static final int PLOT = 170;
    static final int TOP = 20;

    /** One month: its label, counts, rate and the bars' geometry. */
    public record Bar(String label, LocalDate month, long received, long finished, String rate, int x, int receivedY,
            int receivedHeight, int finishedY, int finishedHeight) {
    }

    public static TrendChart of(Map<LocalDate, DayCounts> months, LocalDate first, LocalDate last) {
        var keys = new ArrayList<LocalDate>();
        for (LocalDate m = first.withDayOfMonth(1); !m.isAfter(last); m = m.plusMonths(1)) {
            keys.add(m);
        }
        long max = Math.max(1, months.values().stream().mapToLong(c -> Math.max(c.received(), c.finished())).max().orElse(1));
        int slot = keys.isEmpty() ? WIDTH : WIDTH / keys.size();
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < keys.size(); i++) {
            DayCounts c = months.getOrDefault(keys.get(i), DayCounts.ZERO);
            int rh = (int) Math.round(PLOT * (double) c.received() / max);
            int fh = (int) Math.round(PLOT * (double) c.finished() / max);
            int x = i * slot + slot / 6;
            bars.add(new Bar(keys.get(i).getMonthValue() + "/" + keys.get(i).getYear() % 100, keys.get(i), c.received(), c.finished(),
                    c.onTimeRate().map(r -> r.toPlainString().replace('.', ',') + " %").orElse("—"), x, TOP + PLOT - rh, rh,
                    TOP + PLOT - fh, fh));
        }
        return new TrendChart(bars, max);
    }

    /** The width of one bar. */
    public int barWidth() {
        return bars.isEmpty() ? 0 : Math.max(4, WIDTH / bars.size() / 3);
    }
}

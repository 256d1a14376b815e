package vn.motcua.planning.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An office's figures of a period, what happened or one simulated run: dossiers finished and on time, results the
 * same day, visits to the desk and their wait to the first call (median, 90th percentile by nearest rank), the
 * counters' officer-minutes including overtime, visitors moved into added desk time, and the busiest hours.
 */
public record Figures(int dossiers, int onTime, int sameDay, int visits, Double waitMedian, Double waitP90,
        long officerMinutes, long overtimeMinutes, int movedIn, List<Hour> busiest) {

    /** How many busiest hours are kept. */
    public static final int BUSIEST = 3;

    /** A weekday's hour: visitors a day (over the days of that weekday with visits) and their median wait. */
    public record Hour(DayOfWeek day, int hour, double perDay, Double waitMedian) {
    }

    public double onTimePercent() {
        return dossiers == 0 ? 100.0 : onTime * 100.0 / dossiers;
    }

    public double officerHours() {
        return officerMinutes / 60.0;
    }

    public double overtimeHours() {
        return overtimeMinutes / 60.0;
    }

    /** Counts figures as visits and dossiers come. */
    static final class Tally {
        private int dossiers;
        private int onTime;
        private int sameDay;
        private int visits;
        private long officerMinutes;
        private long overtimeMinutes;
        private int movedIn;
        private final List<Long> waits = new ArrayList<>();
        private final Map<Integer, List<Long>> byHour = new HashMap<>();
        private final Map<Integer, Set<LocalDate>> days = new HashMap<>();

        void visit(LocalDateTime arrival, Long waited) {
            visits++;
            int key = (arrival.getDayOfWeek().getValue() - 1) * 24 + arrival.getHour();
            var list = byHour.computeIfAbsent(key, k -> new ArrayList<>());
            list.add(waited == null ? -1 : waited);
            days.computeIfAbsent(arrival.getDayOfWeek().getValue(), k -> new HashSet<>()).add(arrival.toLocalDate());
            if (waited != null) {
                waits.add(waited);
            }
        }

        void dossier(boolean inTime, boolean onTheDay) {
            dossiers++;
            onTime += inTime ? 1 : 0;
            sameDay += onTheDay ? 1 : 0;
        }

        void officers(long minutes, long overtime) {
            officerMinutes += minutes + overtime;
            overtimeMinutes += overtime;
        }

        void movedIn() {
            movedIn++;
        }

        Figures figures() {
            long[] sorted = waits.stream().mapToLong(Long::longValue).sorted().toArray();
            var hours = new ArrayList<Hour>();
            byHour.forEach((key, list) -> {
                DayOfWeek day = DayOfWeek.of(key / 24 + 1);
                long[] w = list.stream().mapToLong(Long::longValue).filter(x -> x >= 0).sorted().toArray();
                hours.add(new Hour(day, key % 24, list.size() / (double) days.get(day.getValue()).size(), rank(w, 0.5)));
            });
            hours.sort(Comparator.comparingDouble(Hour::perDay).reversed().thenComparing(Hour::day).thenComparingInt(Hour::hour));
            return new Figures(dossiers, onTime, sameDay, visits, rank(sorted, 0.5), rank(sorted, 0.9), officerMinutes,
                    overtimeMinutes, movedIn, List.copyOf(hours.subList(0, Math.min(BUSIEST, hours.size()))));
        }
    }

    /** The nearest-rank percentile of sorted values, or null when there are none. */
    static Double rank(long[] sorted, double p) {
        if (sorted.length == 0) {
            return null;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return (double) sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}

package vn.motcua.queue.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Waiting measured from an office's tickets of a period: arrivals by weekday and hour (the heat map), and the wait
 * (taken → first call) and the service (start → done), median and 90th percentile (nearest rank, in minutes), with the
 * no-shows, overall and per counter, officer, field and session (the 9th hour, the early opening, the ordinary hours).
 *
 * @param arrivals tickets taken, by ISO weekday − 1 (Monday 0) and hour of the day
 */
public record WaitingFigures(int[][] arrivals, Stat overall, Map<Dimension, List<Stat>> by) {

    /** What the figures are grouped by. */
    public enum Dimension { COUNTER, OFFICER, FIELD, SESSION }

    /** One ticket as the figures read it: its waited and served time when it was called and served. */
    public record TicketFact(LocalDateTime taken, Duration waited, Duration served, String counter, String officer, String field,
            String session, boolean noShow) {
    }

    /** A group's figures; the minutes are empty when no ticket of the group was called (or served). */
    public record Stat(String key, int tickets, int called, int noShows, Optional<Double> waitMedian, Optional<Double> waitP90,
            Optional<Double> serviceMedian, Optional<Double> serviceP90) {
    }

    public static WaitingFigures of(List<TicketFact> facts) {
        int[][] arrivals = new int[7][24];
        facts.forEach(f -> arrivals[f.taken().getDayOfWeek().getValue() - 1][f.taken().getHour()]++);
        var by = new EnumMap<Dimension, List<Stat>>(Dimension.class);
        by.put(Dimension.COUNTER, grouped(facts, TicketFact::counter));
        by.put(Dimension.OFFICER, grouped(facts, TicketFact::officer));
        by.put(Dimension.FIELD, grouped(facts, TicketFact::field));
        by.put(Dimension.SESSION, grouped(facts, TicketFact::session));
        return new WaitingFigures(arrivals, stat("", facts), by);
    }

    /** The busiest count of one weekday and hour (the heat map's darkest cell). */
    public int busiest() {
        int most = 0;
        for (int[] day : arrivals) {
            for (int n : day) {
                most = Math.max(most, n);
            }
        }
        return most;
    }

    /** The hours that had any arrival, first to last (the heat map's columns); 7 to 17 when there is none. */
    public List<Integer> hours() {
        int first = 24;
        int last = -1;
        for (int[] day : arrivals) {
            for (int h = 0; h < 24; h++) {
                if (day[h] > 0) {
                    first = Math.min(first, h);
                    last = Math.max(last, h);
                }
            }
        }
        var hours = new ArrayList<Integer>();
        for (int h = last < 0 ? 7 : first; h <= (last < 0 ? 17 : last); h++) {
            hours.add(h);
        }
        return hours;
    }

    /** The value at the percentile of the sorted minutes, nearest rank; empty for none. */
    public static Optional<Double> percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return Optional.of(sorted.get(Math.max(0, rank - 1)));
    }

    private static List<Stat> grouped(List<TicketFact> facts, Function<TicketFact, String> key) {
        var groups = new TreeMap<String, List<TicketFact>>();
        facts.stream().filter(f -> key.apply(f) != null).forEach(f -> groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f));
        return groups.entrySet().stream().map(e -> stat(e.getKey(), e.getValue())).toList();
    }

    private static Stat stat(String key, List<TicketFact> facts) {
        var waits = minutes(facts, TicketFact::waited);
        var services = minutes(facts, TicketFact::served);
        int noShows = (int) facts.stream().filter(TicketFact::noShow).count();
        return new Stat(key, facts.size(), waits.size(), noShows, percentile(waits, 0.5), percentile(waits, 0.9),
                percentile(services, 0.5), percentile(services, 0.9));
    }

    private static List<Double> minutes(List<TicketFact> facts, Function<TicketFact, Duration> of) {
        return facts.stream().map(of).filter(d -> d != null && !d.isNegative())
                .map(d -> Math.round(d.toSeconds() / 6.0) / 10.0).sorted(Comparator.naturalOrder()).toList();
    }
}

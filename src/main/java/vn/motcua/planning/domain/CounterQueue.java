package vn.motcua.planning.domain;

/**
 * The desk on one day: {@code c} counters call the visitors in the order they came (first come, first served, the
 * next free counter takes the next visitor), only within the day's sessions; a service begun goes on over a break,
 * and the visitors still waiting at closing are served after it (they hold a ticket): that time is overtime.
 * Times are in any one unit (the simulation uses minutes; the M/M/c test a finer one).
 */
public final class CounterQueue {

    private CounterQueue() {
    }

    /**
     * @param start when each visitor's service began
     * @param end when it ended
     * @param overtime the counters' busy time past the last session's end, summed
     */
    public record Served(long[] start, long[] end, long overtime) {
    }

    /**
     * @param arrivals the visitors' arrivals, in order
     * @param service each one's service time
     * @param sessionStarts the day's sessions, in order (none: open from the first arrival on)
     * @param counters the counters open (at least one)
     */
    public static Served serve(long[] arrivals, long[] service, long[] sessionStarts, long[] sessionEnds, int counters) {
        if (counters < 1) {
            throw new IllegalArgumentException("At least one counter");
        }
        int n = arrivals.length;
        var start = new long[n];
        var end = new long[n];
        long opening = sessionStarts.length > 0 ? sessionStarts[0] : n > 0 ? arrivals[0] : 0;
        long closing = sessionEnds.length > 0 ? sessionEnds[sessionEnds.length - 1] : Long.MAX_VALUE;
        var free = new long[counters];
        java.util.Arrays.fill(free, opening);
        for (int i = 0; i < n; i++) {
            int k = 0;
            for (int j = 1; j < counters; j++) {
                if (free[j] < free[k]) {
                    k = j;
                }
            }
            long t = within(Math.max(arrivals[i], free[k]), sessionStarts, sessionEnds);
            start[i] = t;
            end[i] = t + service[i];
            free[k] = end[i];
        }
        long overtime = 0;
        if (closing != Long.MAX_VALUE) {
            for (long f : free) {
                overtime += Math.max(0, f - closing);
            }
        }
        return new Served(start, end, overtime);
    }

    /** The instant itself within a session, else the next session's start, or the instant itself after the last. */
    private static long within(long t, long[] starts, long[] ends) {
        for (int s = 0; s < starts.length; s++) {
            if (t < starts[s]) {
                return starts[s];
            }
            if (t < ends[s]) {
                return t;
            }
        }
        return t;
    }
}

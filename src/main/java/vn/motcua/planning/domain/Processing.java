package vn.motcua.planning.domain;

import java.util.ArrayDeque;
import java.util.PriorityQueue;

/**
 * The dossiers' way through the units after acceptance, as a discrete-event simulation in working time (ordinals of a
 * {@link WorkingTimeline}): each dossier holds its steps one after another; a unit holds at most its capacity of
 * dossiers at once, and a dossier arriving at a full unit waits, first come first served, for one to leave. A step at
 * no unit (the desk before the transfer, a holder without a limit) only takes its time.
 */
public final class Processing {

    /** No limit: the step only takes its time. */
    public static final int NO_UNIT = -1;

    private Processing() {
    }

    /**
     * @param enter each dossier's ordinal of acceptance
     * @param units each dossier's steps' units (an index into {@code capacity}, or {@link #NO_UNIT})
     * @param minutes each dossier's steps' working minutes
     * @param capacity each unit's dossiers at once
     * @return each dossier's ordinal of finishing
     */
    public static long[] run(long[] enter, int[][] units, long[][] minutes, int[] capacity) {
        int n = enter.length;
        var finish = new long[n];
        var busy = new int[capacity.length];
        @SuppressWarnings("unchecked")
        ArrayDeque<int[]>[] waiting = new ArrayDeque[capacity.length];
        for (int u = 0; u < capacity.length; u++) {
            waiting[u] = new ArrayDeque<>();
        }
        // an event: time, dossier, step, and whether it is the step's end (1) or the dossier's arrival at it (0)
        var events = new PriorityQueue<long[]>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
                : a[3] != b[3] ? Long.compare(b[3], a[3]) : Long.compare(a[1], b[1]));
        for (int d = 0; d < n; d++) {
            events.add(new long[] {enter[d], d, 0, 0});
        }
        while (!events.isEmpty()) {
            long[] e = events.poll();
            long t = e[0];
            int d = (int) e[1];
            int step = (int) e[2];
            if (e[3] == 0) {
                if (step >= units[d].length) {
                    finish[d] = t;
                    continue;
                }
                int u = units[d][step];
                if (u == NO_UNIT || busy[u] < capacity[u]) {
                    if (u != NO_UNIT) {
                        busy[u]++;
                    }
                    events.add(new long[] {t + minutes[d][step], d, step, 1});
                } else {
                    waiting[u].add(new int[] {d, step});
                }
            } else {
                int u = units[d][step];
                if (u != NO_UNIT) {
                    int[] next = waiting[u].poll();
                    if (next == null) {
                        busy[u]--;
                    } else {
                        events.add(new long[] {t + minutes[next[0]][next[1]], next[0], next[1], 1});
                    }
                }
                events.add(new long[] {t, d, step + 1, 0});
            }
        }
        return finish;
    }
}

package vn.motcua.planning.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import vn.motcua.calendar.domain.WorkingSession;

/**
 * Working time laid out once for a stretch of days, so that the simulation moves along it by arithmetic: each instant
 * has its ordinal (the working minutes before it since the first day), and an ordinal has its instant. Instants are
 * minutes counted like {@link #minute(LocalDateTime)} (local time, no zone).
 */
public final class WorkingTimeline {

    private final long[] starts;
    private final long[] ends;
    private final long[] before;

    private WorkingTimeline(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
        this.before = new long[starts.length + 1];
        for (int i = 0; i < starts.length; i++) {
            before[i + 1] = before[i] + ends[i] - starts[i];
        }
    }

    /** The sessions of each day from {@code from} to {@code to} (both included), as the function gives them. */
    public static WorkingTimeline of(LocalDate from, LocalDate to, Function<LocalDate, List<WorkingSession>> sessions) {
        var s = new long[64];
        var e = new long[64];
        int n = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (WorkingSession session : sessions.apply(day).stream().sorted().toList()) {
                long start = minute(day.atTime(session.start()));
                long end = minute(day.atTime(session.end()));
                if (n > 0 && start < e[n - 1]) {
                    start = e[n - 1];
                }
                if (end <= start) {
                    continue;
                }
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                    e = Arrays.copyOf(e, n * 2);
                }
                s[n] = start;
                e[n] = end;
                n++;
            }
        }
        return new WorkingTimeline(Arrays.copyOf(s, n), Arrays.copyOf(e, n));
    }

    public static long minute(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) / 60;
    }

    public static LocalDateTime at(long minute) {
        return LocalDateTime.ofEpochSecond(minute * 60, 0, ZoneOffset.UTC);
    }

    /** The working minutes of the timeline before the instant. */
    public long ordinal(long minute) {
        int i = Arrays.binarySearch(starts, minute);
        int idx = i >= 0 ? i : -i - 2;
        if (idx < 0) {
            return 0;
        }
        return before[idx] + Math.min(minute, ends[idx]) - starts[idx];
    }

    /**
     * The instant of an ordinal: where {@code ordinal} working minutes have passed; an ordinal at the end of a session
     * is that session's end (as a due date at closing is on its own day). Past the timeline's last session, the minutes
     * run on from it.
     */
    public long instant(long ordinal) {
        if (starts.length == 0) {
            return ordinal;
        }
        if (ordinal <= 0) {
            return starts[0];
        }
        int i = Arrays.binarySearch(before, 0, starts.length, ordinal);
        int idx = i >= 0 ? i - 1 : -i - 2;
        idx = Math.max(0, Math.min(idx, starts.length - 1));
        return starts[idx] + ordinal - before[idx];
    }

    /** The instant itself when it is working time, else the start of the next session; -1 when none follows. */
    public long nextOpen(long minute) {
        int i = Arrays.binarySearch(starts, minute);
        if (i >= 0) {
            return minute;
        }
        int idx = -i - 2;
        if (idx >= 0 && minute < ends[idx]) {
            return minute;
        }
        return idx + 1 < starts.length ? starts[idx + 1] : -1;
    }

    /** Whether the instant is working time. */
    public boolean contains(long minute) {
        return nextOpen(minute) == minute;
    }

    public long total() {
        return before[starts.length];
    }
}

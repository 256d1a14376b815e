package vn.motcua.planning.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.calendar.domain.WorkingSession;

/**
 * A history made ready for many runs: visits and dossiers as arrays, the pools durations are drawn from (service times
 * by field, the ways of the dossiers of each procedure), the units and the dossiers each held at once at most, and the
 * figures of what happened.
 */
final class Replay {

    /** Fewer service times of a field than this: every field's are drawn from. */
    static final int MIN_POOL = 20;
    /** Days after the period the timelines reach (a dossier received on its last day may take long). */
    static final int DAYS_AFTER = 400;

    final History history;
    final OfficeCalendar calendar;
    final WorkingTimeline desk;
    final WorkingTimeline processing;
    final long[] arrival;
    final boolean[] noShow;
    final long[][] serviceOf;
    final int[] visitOf;
    final long[] received;
    final String[] procedure;
    final String[] field;
    final ProcessingTime[] legalTime;
    final long[] extension;
    final int[][] pathUnits;
    final long[][] pathMinutes;
    /** Each step's working minutes as a share of the dossier's time (reception to due date, working minutes). */
    final double[][] pathShares;
    final int[][] pool;
    final int[][] sameDayPool;
    final List<String> units = new ArrayList<>();
    final int[] capacity;
    final int usualCounters;

    Replay(History h) {
        this.history = h;
        this.calendar = new OfficeCalendar(h.rules());
        this.desk = deskTimeline(calendar, h.from().minusDays(1), h.to().plusDays(DAYS_AFTER));
        this.processing = WorkingTimeline.of(h.from().minusDays(1), h.to().plusDays(DAYS_AFTER), d -> calendar.day(d).sessions());
        int n = h.visits().size();
        arrival = new long[n];
        noShow = new boolean[n];
        serviceOf = new long[n][];
        var byField = new HashMap<String, List<Long>>();
        var all = new ArrayList<Long>();
        for (var v : h.visits()) {
            if (!v.noShow() && v.serviceMinutes() > 0) {
                byField.computeIfAbsent(String.valueOf(v.field()), k -> new ArrayList<>()).add(v.serviceMinutes());
                all.add(v.serviceMinutes());
            }
        }
        long[] allPool = all.isEmpty() ? new long[] {10} : all.stream().mapToLong(Long::longValue).toArray();
        var pools = new HashMap<String, long[]>();
        byField.forEach((f, list) -> pools.put(f, list.size() >= MIN_POOL ? list.stream().mapToLong(Long::longValue).toArray() : allPool));
        int m = h.dossiers().size();
        visitOf = new int[m];
        Arrays.fill(visitOf, -1);
        for (int i = 0; i < n; i++) {
            var v = h.visits().get(i);
            arrival[i] = WorkingTimeline.minute(v.arrival());
            noShow[i] = v.noShow();
            serviceOf[i] = pools.getOrDefault(String.valueOf(v.field()), allPool);
            for (int d : v.dossiers()) {
                visitOf[d] = i;
            }
        }
        received = new long[m];
        procedure = new String[m];
        field = new String[m];
        legalTime = new ProcessingTime[m];
        extension = new long[m];
        pathUnits = new int[m][];
        pathMinutes = new long[m][];
        pathShares = new double[m][];
        var byWay = new HashMap<String, List<Integer>>();
        var sameDayWays = new HashMap<String, List<Integer>>();
        for (int d = 0; d < m; d++) {
            var p = h.dossiers().get(d);
            received[d] = WorkingTimeline.minute(p.receivedAt());
            procedure[d] = p.procedure();
            field[d] = p.field();
            legalTime[d] = p.legalTime();
            extension[d] = p.extensionMinutes();
            pathUnits[d] = new int[p.path().size()];
            pathMinutes[d] = new long[p.path().size()];
            pathShares[d] = new double[p.path().size()];
            long allowed = Math.max(1, processing.ordinal(WorkingTimeline.minute(p.dueAt())) - processing.ordinal(received[d]));
            for (int s = 0; s < p.path().size(); s++) {
                var step = p.path().get(s);
                pathUnits[d][s] = step.unit() == null ? Processing.NO_UNIT : unit(step.unit());
                pathMinutes[d][s] = step.minutes();
                pathShares[d][s] = step.minutes() / (double) allowed;
            }
            byWay.computeIfAbsent(p.procedure() + "|" + p.sameDayRule(), k -> new ArrayList<>()).add(d);
            if (p.sameDay()) {
                sameDayWays.computeIfAbsent(p.procedure(), k -> new ArrayList<>()).add(d);
            }
        }
        pool = new int[m][];
        sameDayPool = new int[m][];
        for (int d = 0; d < m; d++) {
            var p = h.dossiers().get(d);
            pool[d] = ints(byWay.getOrDefault(p.procedure() + "|false", byWay.get(p.procedure() + "|" + p.sameDayRule())));
            var sameDay = byWay.getOrDefault(p.procedure() + "|true", sameDayWays.get(p.procedure()));
            sameDayPool[d] = sameDay == null ? pool[d] : ints(sameDay);
        }
        capacity = heldAtOnce();
        int[] counts = h.counters().values().stream().mapToInt(Integer::intValue).sorted().toArray();
        usualCounters = counts.length == 0 ? 1 : Math.max(1, counts[counts.length / 2]);
    }

    static WorkingTimeline deskTimeline(OfficeCalendar calendar, LocalDate from, LocalDate to) {
        return WorkingTimeline.of(from, to, d -> deskSessions(calendar, d));
    }

    static List<WorkingSession> deskSessions(OfficeCalendar calendar, LocalDate day) {
        var schedule = calendar.day(day);
        if (schedule.receptionOnly().isEmpty()) {
            return schedule.sessions();
        }
        var all = new ArrayList<>(schedule.sessions());
        all.addAll(schedule.receptionOnly());
        all.sort(null);
        return all;
    }

    private int unit(String name) {
        int i = units.indexOf(name);
        if (i < 0) {
            units.add(name);
            i = units.size() - 1;
        }
        return i;
    }

    private static int[] ints(List<Integer> list) {
        return list == null ? new int[0] : list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Each unit's most dossiers held at once in the period (at least one). */
    private int[] heldAtOnce() {
        var events = new ArrayList<List<long[]>>();
        units.forEach(u -> events.add(new ArrayList<>()));
        for (int d = 0; d < received.length; d++) {
            long t = processing.ordinal(received[d]);
            for (int s = 0; s < pathUnits[d].length; s++) {
                if (pathUnits[d][s] != Processing.NO_UNIT) {
                    events.get(pathUnits[d][s]).add(new long[] {t, 1});
                    events.get(pathUnits[d][s]).add(new long[] {t + pathMinutes[d][s], -1});
                }
                t += pathMinutes[d][s];
            }
        }
        var most = new int[units.size()];
        for (int u = 0; u < most.length; u++) {
            var list = events.get(u);
            list.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            int now = 0;
            for (long[] e : list) {
                now += (int) e[1];
                most[u] = Math.max(most[u], now);
            }
            most[u] = Math.max(1, most[u]);
        }
        return most;
    }

    /** What happened, counted as the simulation counts its runs. */
    Figures actual() {
        var tally = new Figures.Tally();
        var latest = new HashMap<String, LocalDateTime>();
        for (var v : history.visits()) {
            tally.visit(v.arrival(), history.fromTickets() ? v.waitedMinutes() : null);
            if (v.finished() != null && v.counter() != null) {
                latest.merge(v.arrival().toLocalDate() + "|" + v.counter(), v.finished(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        for (var p : history.dossiers()) {
            tally.dossier(p.onTime(), p.sameDay());
        }
        Map<LocalDate, Long> overtime = new HashMap<>();
        latest.forEach((key, finished) -> {
            LocalDate day = LocalDate.parse(key.substring(0, key.indexOf('|')));
            var sessions = deskSessions(calendar, day);
            if (!sessions.isEmpty()) {
                long past = WorkingTimeline.minute(finished) - WorkingTimeline.minute(day.atTime(sessions.getLast().end()));
                overtime.merge(day, Math.max(0, past), Long::sum);
            }
        });
        history.counters().forEach((day, counters) -> tally.officers(
                counters * deskSessions(calendar, day).stream().mapToLong(WorkingSession::minutes).sum(),
                overtime.getOrDefault(day, 0L)));
        return tally.figures();
    }
}

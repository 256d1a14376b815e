package vn.motcua.planning.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.motcua.calendar.domain.Deadlines;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.servicemodel.domain.ReceptionModels;

/** One configuration of the office, ready to be run many times over its history (one {@link #run} per seed). */
final class Scene {

    /** Visitors whose time no longer exists come within this many minutes of the next opening. */
    static final int SPREAD_AT_OPENING = 30;

    private final Replay replay;
    private final Setting setting;
    private final OfficeCalendar calendar;
    private final WorkingTimeline desk;
    private final WorkingTimeline processing;
    private final int[] capacity;
    private final Map<LocalDate, long[][]> sessions = new HashMap<>();
    private final Map<LocalDate, long[][]> added = new HashMap<>();

    Scene(Replay replay, Setting setting) {
        this.replay = replay;
        this.setting = setting;
        this.calendar = new OfficeCalendar(setting.rules());
        var h = replay.history;
        this.desk = Replay.deskTimeline(calendar, h.from().minusDays(1), h.to().plusDays(Replay.DAYS_AFTER));
        this.processing = WorkingTimeline.of(h.from().minusDays(1), h.to().plusDays(Replay.DAYS_AFTER), d -> calendar.day(d).sessions());
        this.capacity = replay.capacity.clone();
        setting.unitFactors().forEach((unit, factor) -> {
            int u = replay.units.indexOf(unit);
            if (u < 0) {
                throw new InvalidValueException("simulation.unit", "The unit held no dossier in the period");
            }
            capacity[u] = Math.max(1, (int) Math.ceil(capacity[u] * factor - 1e-9));
        });
    }

    /** The desk's sessions of a day as [starts, ends] in minutes. */
    private long[][] sessionsOn(LocalDate day) {
        return sessions.computeIfAbsent(day, d -> {
            var list = Replay.deskSessions(calendar, d);
            var result = new long[2][list.size()];
            for (int i = 0; i < list.size(); i++) {
                result[0][i] = WorkingTimeline.minute(d.atTime(list.get(i).start()));
                result[1][i] = WorkingTimeline.minute(d.atTime(list.get(i).end()));
            }
            return result;
        });
    }

    /** The desk time of a day this configuration has and the history's had not, as [starts, ends]. */
    private long[][] addedOn(LocalDate day) {
        return added.computeIfAbsent(day, d -> {
            var starts = new ArrayList<Long>();
            var ends = new ArrayList<Long>();
            var before = Replay.deskSessions(replay.calendar, d);
            for (WorkingSession s : Replay.deskSessions(calendar, d)) {
                long from = WorkingTimeline.minute(d.atTime(s.start()));
                long to = WorkingTimeline.minute(d.atTime(s.end()));
                for (long t = from; t < to; t++) {
                    if (!replay.desk.contains(t)) {
                        if (!ends.isEmpty() && ends.getLast() == t) {
                            ends.set(ends.size() - 1, t + 1);
                        } else {
                            starts.add(t);
                            ends.add(t + 1);
                        }
                    }
                }
            }
            return before.isEmpty() && starts.isEmpty() ? new long[2][0]
                    : new long[][] {starts.stream().mapToLong(Long::longValue).toArray(), ends.stream().mapToLong(Long::longValue).toArray()};
        });
    }

    Figures run(Random random) {
        var tally = new Figures.Tally();
        int n = replay.arrival.length;
        var arrival = new long[n];
        var service = new long[n];
        var end = new long[n];
        var byDay = new HashMap<Long, List<Integer>>();
        for (int i = 0; i < n; i++) {
            long t = replay.arrival[i];
            if (replay.desk.contains(t) && !desk.contains(t)) {
                long next = desk.nextOpen(t);
                if (next >= 0) {
                    t = next + random.nextInt(SPREAD_AT_OPENING);
                }
            } else if (setting.sharePercent() > 0) {
                long[][] extra = addedOn(WorkingTimeline.at(t).toLocalDate());
                if (extra[0].length > 0 && random.nextInt(100) < setting.sharePercent()) {
                    t = pointIn(extra, random);
                    tally.movedIn();
                }
            }
            arrival[i] = t;
            long[] pool = replay.serviceOf[i];
            service[i] = replay.noShow[i] ? 1 : pool[random.nextInt(pool.length)];
            byDay.computeIfAbsent(Math.floorDiv(t, 1440), k -> new ArrayList<>()).add(i);
        }
        var days = byDay.keySet().stream().sorted().toList();
        for (long dayNumber : days) {
            var visitors = byDay.get(dayNumber);
            visitors.sort((a, b) -> a.equals(b) ? 0 : arrival[a] != arrival[b] ? Long.compare(arrival[a], arrival[b]) : Integer.compare(a, b));
            LocalDate day = LocalDate.ofEpochDay(dayNumber);
            long[][] open = sessionsOn(day);
            int counters = Math.max(1, replay.history.counters().getOrDefault(day, replay.usualCounters) + setting.counterDelta());
            var a = new long[visitors.size()];
            var s = new long[visitors.size()];
            for (int k = 0; k < a.length; k++) {
                a[k] = arrival[visitors.get(k)];
                s[k] = service[visitors.get(k)];
            }
            var served = CounterQueue.serve(a, s, open[0], open[1], counters);
            long minutes = 0;
            for (int k = 0; k < open[0].length; k++) {
                minutes += open[1][k] - open[0][k];
            }
            tally.officers(counters * minutes, served.overtime());
            for (int k = 0; k < a.length; k++) {
                end[visitors.get(k)] = served.end()[k];
                tally.visit(WorkingTimeline.at(a[k]), served.start()[k] - a[k]);
            }
        }
        processDossiers(random, end, tally);
        return tally.figures();
    }

    private void processDossiers(Random random, long[] visitEnd, Figures.Tally tally) {
        int m = replay.received.length;
        var enter = new long[m];
        var accepted = new long[m];
        var due = new long[m];
        var units = new int[m][];
        var minutes = new long[m][];
        for (int d = 0; d < m; d++) {
            int visit = replay.visitOf[d];
            accepted[d] = visit >= 0 ? visitEnd[visit] : replay.received[d];
            var at = WorkingTimeline.at(accepted[d]);
            boolean sameDay = ReceptionModels.at(setting.models(), at, replay.procedure[d], replay.field[d], false).sameDay();
            var time = sameDay ? ProcessingTime.sameDay(null) : replay.legalTime[d];
            due[d] = processing.ordinal(WorkingTimeline.minute(Deadlines.appointment(calendar, at, time).dueAt()))
                    + (sameDay ? 0 : replay.extension[d]);
            int[] pool = sameDay ? replay.sameDayPool[d] : replay.pool[d];
            int way = pool.length == 0 ? d : pool[random.nextInt(pool.length)];
            units[d] = replay.pathUnits[way];
            enter[d] = processing.ordinal(accepted[d]);
            if (sameDay) {
                minutes[d] = replay.pathMinutes[way];
            } else {
                long allowed = Math.max(1, due[d] - enter[d]);
                double[] shares = replay.pathShares[way];
                minutes[d] = new long[shares.length];
                double share = 0;
                long before = 0;
                for (int s = 0; s < shares.length; s++) {
                    share += shares[s];
                    long upTo = (long) Math.floor(share * allowed + 1e-9);
                    minutes[d][s] = upTo - before;
                    before = upTo;
                }
            }
        }
        long[] finish = Processing.run(enter, units, minutes, capacity);
        for (int d = 0; d < m; d++) {
            long finishedAt = processing.instant(finish[d]);
            tally.dossier(finish[d] <= due[d], Math.floorDiv(Math.max(finishedAt, accepted[d]), 1440) == Math.floorDiv(accepted[d], 1440));
        }
    }

    private static long pointIn(long[][] intervals, Random random) {
        long total = 0;
        for (int i = 0; i < intervals[0].length; i++) {
            total += intervals[1][i] - intervals[0][i];
        }
        long pick = (long) (random.nextDouble() * total);
        for (int i = 0; i < intervals[0].length; i++) {
            long length = intervals[1][i] - intervals[0][i];
            if (pick < length) {
                return intervals[0][i] + pick;
            }
            pick -= length;
        }
        return intervals[1][intervals[0].length - 1] - 1;
    }
}

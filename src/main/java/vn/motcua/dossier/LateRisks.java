package vn.motcua.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.LateRisk;
import vn.motcua.dossier.persistence.DossierRepository;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.web.NotFoundException;

/**
 * Late-risk warning: the open dossiers at risk now (the work list, the dashboard), and the same tried on an office's
 * history (the backtest): every dossier received in the period is looked at
 * each working day's opening while at least one working day is left before its due date (the apology window), with
 * the chance {@link LateRisk} gives it from the period's other dossiers (its own left out); flagged at
 * {@value #FLAG_AT} or more. Per month of the due date: the late dossiers, those flagged in time, and the false flags.
 */
@Service
public class LateRisks {

    private static final Logger log = LoggerFactory.getLogger(LateRisks.class);

    /** The chance from which a dossier is flagged. */
    public static final double FLAG_AT = 0.5;

    /** The months of finished dossiers the live warning learns from. */
    public static final int LEARN_MONTHS = 12;
    /** The open dossiers of an office looked at for the dashboard, the earliest due first. */
    public static final int OPEN_LIMIT = 2000;

    private final DossierRepository repository;
    private final PastDossiers past;
    private final WorkingCalendars calendars;
    private final OfficeDossierSettings settings;
    private final Clock clock;
    /**
     * Each office's samples, learnt from its finished dossiers in the background and renewed after 15 minutes: derived
     * from committed history only, so instances that learnt a few minutes apart differ by the dossiers finished
     * meanwhile, never in kind. A page never waits for the learning: until an office's first is done, it shows no flag.
     */
    private final Map<AgencyCode, Learnt> learnt = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<AgencyCode> learning = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
    static final Duration RENEW = Duration.ofMinutes(15);

    LateRisks(DossierRepository repository, PastDossiers past, WorkingCalendars calendars, OfficeDossierSettings settings,
            Clock clock) {
        this.repository = repository;
        this.past = past;
        this.settings = settings;
        this.calendars = calendars;
        this.clock = clock;
    }

    private record Learnt(Map<String, LateRisk.Samples> byProcedure, Map<String, LateRisk.Samples> byOffice, long atNanos) {
    }

    /** The office's samples if learnt; starts (or renews) the learning in the background otherwise. */
    private Optional<Learnt> learnt(AgencyCode office, OfficeCalendar calendar, LocalDateTime now) {
        Learnt known = learnt.get(office);
        if ((known == null || System.nanoTime() - known.atNanos() > RENEW.toNanos()) && learning.add(office)) {
            background.execute(() -> {
                try {
                    learnt.put(office, learn(office, calendar, now));
                } catch (RuntimeException e) {
                    log.warn("Late-risk samples of {} not learnt (tried again at the next page): {}", office, e.toString());
                } finally {
                    learning.remove(office);
                }
            });
        }
        return Optional.ofNullable(known);
    }

    /** Forgets what was learnt of the office (after a replay at another time): the next page learns it again. */
    public void forget(AgencyCode office) {
        learnt.remove(office);
    }

    /** Learns the office's samples now (the tests' replays; pages use what the background learnt). */
    public void learnNow(AgencyCode office) {
        var calendar = calendars.of(office).orElseThrow(() -> new NotFoundException("No calendar for " + office));
        learnt.put(office, learn(office, calendar, LocalDateTime.now(clock.withZone(WorkingCalendars.ZONE))));
    }

    /**
     * The open dossiers among {@code dossiers} at risk now: a chance of {@value #FLAG_AT} or more while at least one
     * working day is left before the due date (an apology is still allowed); by dossier code.
     */
    public Map<String, Flag> atRisk(AgencyCode office, List<DossierData> dossiers) {
        var calendar = calendars.of(office).orElse(null);
        if (calendar == null || dossiers.isEmpty()) {
            return Map.of();
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(WorkingCalendars.ZONE));
        var known = learnt(office, calendar, now);
        if (known.isEmpty()) {
            return Map.of();
        }
        var samples = known.get();
        double threshold = settings.lateRiskThreshold(office);
        var flags = new java.util.LinkedHashMap<String, Flag>();
        for (DossierData d : dossiers) {
            if ((d.finishedAt() != null && !d.finishedAt().isAfter(now)) || !d.office().equals(office)
                    || now.toLocalDate().isAfter(calendar.previousWorkingDayBefore(d.clock().dueAt().toLocalDate()))) {
                continue;
            }
            chance(d, calendar, samples.byProcedure(), samples.byOffice(), now, false)
                    .filter(f -> f.chance() >= threshold).ifPresent(f -> flags.put(d.code().value(), f));
        }
        return flags;
    }

    /** The office's open dossiers at risk now, the earliest due first (the leaders' dashboard). */
    public List<Flag> atRisk(AgencyCode office) {
        var open = repository.receivedAt(office, List.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING,
                DossierStatus.AWAITING_APPROVAL, DossierStatus.APPROVED), OPEN_LIMIT);
        return List.copyOf(atRisk(office, open).values());
    }

    /** The most recent finished dossiers learnt from, at most (a large office learns from its latest months). */
    public static final int LEARN_LIMIT = 20_000;

    private Learnt learn(AgencyCode office, OfficeCalendar calendar, LocalDateTime now) {
        var finished = new ArrayList<DossierData>();
        LocalDate month = now.toLocalDate().withDayOfMonth(1);
        for (int i = 0; i <= LEARN_MONTHS && finished.size() < LEARN_LIMIT; i++, month = month.minusMonths(1)) {
            repository.received(office, null, month, month.plusMonths(1).minusDays(1)).stream()
                    .filter(d -> d.finishedAt() != null && !d.finishedAt().isAfter(now)).forEach(finished::add);
        }
        return samples(finished, calendar);
    }

    private static Learnt samples(List<DossierData> finished, OfficeCalendar calendar) {
        var byProcedure = new HashMap<String, List<Long>>();
        var byOffice = new HashMap<String, List<Long>>();
        for (DossierData d : finished) {
            for (var place : LateRisk.places(d)) {
                long r = LateRisk.minutes(calendar::workingMinutesBetween, place.since(), d.finishedAt());
                byProcedure.computeIfAbsent(d.procedure().code() + "|" + place.kind(), k -> new ArrayList<>()).add(r);
                byOffice.computeIfAbsent(place.kind(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, LateRisk.Samples> procedureSamples = new HashMap<>();
        byProcedure.forEach((k, v) -> procedureSamples.put(k, LateRisk.Samples.of(v)));
        Map<String, LateRisk.Samples> officeSamples = new HashMap<>();
        byOffice.forEach((k, v) -> officeSamples.put(k, LateRisk.Samples.of(v)));
        return new Learnt(procedureSamples, officeSamples, System.nanoTime());
    }

    /** The dossier's chance at {@code t} where it is then; {@code ownLeftOut}: its own sample is among the samples. */
    private static Optional<Flag> chance(DossierData d, OfficeCalendar calendar, Map<String, LateRisk.Samples> byProcedure,
            Map<String, LateRisk.Samples> byOffice, LocalDateTime t, boolean ownLeftOut) {
        var place = LateRisk.at(d, t);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        var samples = LateRisk.samplesFor(byProcedure, byOffice, d.procedure().code(), place.get().kind());
        if (samples.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime due = d.clock().dueAt();
        long elapsed = LateRisk.minutes(calendar::workingMinutesBetween, place.get().since(), t);
        long left = LateRisk.minutes(calendar::workingMinutesBetween, t, due);
        long own = !ownLeftOut || d.finishedAt() == null ? -1
                : LateRisk.minutes(calendar::workingMinutesBetween, place.get().since(), d.finishedAt());
        double p = LateRisk.chance(samples.get(), elapsed, left, own);
        return Optional.of(new Flag(d.code().value(), t, place.get().kind(), p, due,
                d.finishedAt() != null && d.finishedAt().isAfter(due)));
    }

    /** A month of due dates: late dossiers, late ones flagged in time, dossiers flagged, flagged ones not late. */
    public record Month(YearMonth month, int dossiers, int late, int lateFlaggedInTime, int flagged, int falseFlags) {
    }

    /** The first flag of a dossier: when, where it was, the chance, and its due date. */
    public record Flag(String dossierCode, LocalDateTime at, String place, double chance, LocalDateTime dueAt, boolean late) {

        /** The kind of place: RECEIVED, STAGE, CONSULT or CONSULT_OVERDUE (messages {@code lateRisk.place.*}). */
        public String placeKind() {
            int space = place.indexOf(' ');
            return space < 0 ? place : place.substring(0, space);
        }

        /** The agency consulted, or the stage; empty for RECEIVED. */
        public String placeDetail() {
            int space = place.indexOf(' ');
            return space < 0 ? "" : place.substring(space + 1).replaceFirst("^STEP ", "");
        }

        public int percent() {
            return (int) Math.round(chance * 100);
        }
    }

    public record Backtest(List<Month> months, List<Flag> flags, List<String> lateNotFlagged) {
    }

    /** In sample: every dossier of the period tried against the period's others (its own sample left out). */
    public Backtest backtest(AgencyCode office, LocalDate from, LocalDate to) {
        OfficeCalendar calendar = calendars.of(office).orElseThrow(() -> new NotFoundException("No calendar for " + office));
        var finished = finished(office, from, to);
        return backtest(finished, calendar, samples(finished, calendar), true);
    }

    /**
     * Out of sample: learnt from the dossiers received in {@code learnFrom}–{@code learnTo} only (as the live warning
     * learns from the past), tried on those received in {@code from}–{@code to}.
     */
    public Backtest backtest(AgencyCode office, LocalDate learnFrom, LocalDate learnTo, LocalDate from, LocalDate to) {
        OfficeCalendar calendar = calendars.of(office).orElseThrow(() -> new NotFoundException("No calendar for " + office));
        return backtest(finished(office, from, to), calendar, samples(finished(office, learnFrom, learnTo), calendar), false);
    }

    private List<DossierData> finished(AgencyCode office, LocalDate from, LocalDate to) {
        return past.received(office, from, to).stream().filter(d -> d.finishedAt() != null).toList();
    }

    private static Backtest backtest(List<DossierData> finished, OfficeCalendar calendar, Learnt learnt, boolean ownAmongSamples) {
        var months = new TreeMap<YearMonth, int[]>();
        var flags = new ArrayList<Flag>();
        var missed = new ArrayList<String>();
        for (DossierData d : finished) {
            LocalDateTime due = d.clock().dueAt();
            boolean late = d.finishedAt().isAfter(due);
            Flag flag = firstFlag(d, calendar, learnt, ownAmongSamples);
            int[] m = months.computeIfAbsent(YearMonth.from(due), k -> new int[5]);
            m[0]++;
            if (late) {
                m[1]++;
                if (flag != null) {
                    m[2]++;
                } else {
                    missed.add(d.code().value());
                }
            }
            if (flag != null) {
                m[3]++;
                flags.add(flag);
                if (!late) {
                    m[4]++;
                }
            }
        }
        return new Backtest(months.entrySet().stream().map(e -> new Month(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3], e.getValue()[4])).toList(), flags, missed);
    }

    private static Flag firstFlag(DossierData d, OfficeCalendar calendar, Learnt learnt, boolean ownAmongSamples) {
        LocalDate last = calendar.previousWorkingDayBefore(d.clock().dueAt().toLocalDate());
        for (LocalDate day = d.receivedAt().toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            var schedule = calendar.day(day);
            LocalDateTime t = schedule.isWorking() ? day.atTime(schedule.opening()) : null;
            if (t == null || t.isBefore(d.receivedAt())) {
                continue;
            }
            if (!d.finishedAt().isAfter(t)) {
                return null;
            }
            var flag = chance(d, calendar, learnt.byProcedure(), learnt.byOffice(), t, ownAmongSamples).filter(f -> f.chance() >= FLAG_AT);
            if (flag.isPresent()) {
                return flag.get();
            }
        }
        return null;
    }
}

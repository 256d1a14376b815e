package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.LateRisk;
import vn.motcua.dossier.persistence.DossierRepository;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.web.NotFoundException;

/**
 * Late-risk warning, tried on an office's history (the backtest): every dossier received in the period is looked at
 * each working day's opening while at least one working day is left before its due date (the apology window), with
 * the chance {@link LateRisk} gives it from the period's other dossiers (its own left out); flagged at
 * {@value #FLAG_AT} or more. Per month of the due date: the late dossiers, those flagged in time, and the false flags.
 */
@Service
public class LateRisks {

    /** The chance from which a dossier is flagged. */
    public static final double FLAG_AT = 0.5;

    private final DossierRepository repository;
    private final WorkingCalendars calendars;

    LateRisks(DossierRepository repository, WorkingCalendars calendars) {
        this.repository = repository;
        this.calendars = calendars;
    }

    /** A month of due dates: late dossiers, late ones flagged in time, dossiers flagged, flagged ones not late. */
    public record Month(YearMonth month, int dossiers, int late, int lateFlaggedInTime, int flagged, int falseFlags) {
    }

    /** The first flag of a dossier: when, where it was, the chance, and its due date. */
    public record Flag(String dossierCode, LocalDateTime at, String place, double chance, LocalDateTime dueAt, boolean late) {
    }

    public record Backtest(List<Month> months, List<Flag> flags, List<String> lateNotFlagged) {
    }

    public Backtest backtest(AgencyCode office, LocalDate from, LocalDate to) {
        OfficeCalendar calendar = calendars.of(office).orElseThrow(() -> new NotFoundException("No calendar for " + office));
        var dossiers = new ArrayList<DossierData>();
        for (LocalDate start = from; !start.isAfter(to); start = start.plusMonths(1).withDayOfMonth(1)) {
            LocalDate end = start.plusMonths(1).withDayOfMonth(1).minusDays(1);
            dossiers.addAll(repository.received(office, null, start, end.isAfter(to) ? to : end));
        }
        var finished = dossiers.stream().filter(d -> d.finishedAt() != null).toList();
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

        var months = new TreeMap<YearMonth, int[]>();
        var flags = new ArrayList<Flag>();
        var missed = new ArrayList<String>();
        for (DossierData d : finished) {
            LocalDateTime due = d.clock().dueAt();
            boolean late = d.finishedAt().isAfter(due);
            Flag flag = firstFlag(d, calendar, procedureSamples, officeSamples, late);
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

    private static Flag firstFlag(DossierData d, OfficeCalendar calendar, Map<String, LateRisk.Samples> byProcedure,
            Map<String, LateRisk.Samples> byOffice, boolean late) {
        LocalDateTime due = d.clock().dueAt();
        LocalDate last = calendar.previousWorkingDayBefore(due.toLocalDate());
        for (LocalDate day = d.receivedAt().toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            var schedule = calendar.day(day);
            if (!schedule.isWorking()) {
                continue;
            }
            LocalDateTime t = day.atTime(schedule.opening());
            var place = LateRisk.at(d, t);
            if (t.isBefore(d.receivedAt()) || place.isEmpty()) {
                if (place.isEmpty() && !t.isBefore(d.receivedAt())) {
                    return null;
                }
                continue;
            }
            var samples = LateRisk.samplesFor(byProcedure, byOffice, d.procedure().code(), place.get().kind());
            if (samples.isEmpty()) {
                continue;
            }
            long elapsed = LateRisk.minutes(calendar::workingMinutesBetween, place.get().since(), t);
            long left = LateRisk.minutes(calendar::workingMinutesBetween, t, due);
            long own = LateRisk.minutes(calendar::workingMinutesBetween, place.get().since(), d.finishedAt());
            double chance = LateRisk.chance(samples.get(), elapsed, left, own);
            if (chance >= FLAG_AT) {
                return new Flag(d.code().value(), t, place.get().kind(), chance, due, late);
            }
        }
        return null;
    }
}

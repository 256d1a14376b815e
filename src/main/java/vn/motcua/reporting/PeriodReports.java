package vn.motcua.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

import vn.motcua.reporting.domain.DayCounts;
import vn.motcua.reporting.domain.Dimension;
import vn.motcua.reporting.domain.PeriodFigures;
import vn.motcua.reporting.domain.PeriodReport;
import vn.motcua.reporting.persistence.FactQueries;
import vn.motcua.reporting.persistence.ReportCounts;
import vn.motcua.organization.domain.AgencyCode;

/**
 * The figures of period reports and dashboards over a set of offices: the counters of the period, and the dossiers
 * open (and overdue) at its start and end, read from the facts through their time-range indexes.
 */
@Service
@Transactional(readOnly = true)
public class PeriodReports {

    private final FactQueries facts;
    private final ReportCounts counts;
    private final Clock clock;

    PeriodReports(FactQueries facts, ReportCounts counts, Clock clock) {
        this.facts = facts;
        this.counts = counts;
        this.clock = clock;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** The scope's counters of the period (its own rows, which roll its subtree up). */
    public DayCounts counts(ReportScopes.Scope scope, LocalDate from, LocalDate to) {
        return counts.total(scope.counted(), Dimension.ALL, "", from, to);
    }

    /** The scope's dossiers open now, from its counters. */
    public long openNow(ReportScopes.Scope scope) {
        return counts.openBefore(scope.counted(), now().toLocalDate().plusDays(1));
    }

    /** The figures of one office (or offices without anything below them). */
    public PeriodFigures figures(Collection<AgencyCode> offices, LocalDate from, LocalDate to) {
        LocalDateTime end = min(to.plusDays(1).atStartOfDay(), now());
        DayCounts c = counts.total(offices, Dimension.ALL, "", from, to);
        return new PeriodFigures(openAt(offices, from.atStartOfDay()), c, openAt(offices, end), overdueAt(offices, end));
    }

    /** The counters of the period under each key of the dimension. */
    public Map<String, DayCounts> by(Collection<AgencyCode> offices, Dimension dimension, LocalDate from, LocalDate to) {
        return counts.byKey(offices, dimension, from, to);
    }

    public Map<LocalDate, DayCounts> byMonth(Collection<AgencyCode> offices, LocalDate from, LocalDate to) {
        return counts.byMonth(offices, from, to);
    }









    /** Dossiers received before the instant and not closed before it. */
    public long openAt(Collection<AgencyCode> offices, LocalDateTime at) {
        return facts.openAt(offices, at);
    }

    /** Dossiers past their due instant and not closed at the instant. */
    public long overdueAt(Collection<AgencyCode> offices, LocalDateTime at) {
        return facts.overdueAt(offices, at);
    }

    /**
     * Dossiers past due and not closed at the instant, per key of every dimension ({@link Dimension#ALL}: per office;
     * officers: the receiving officer), in one pass over them.
     */
    public Map<Dimension, Map<String, Long>> overdueAtByEvery(Collection<AgencyCode> offices, LocalDateTime at) {
        return facts.overdueAtByEvery(offices, at);
    }

    /** The dossiers open at the start and at the end instant, per receiving officer: [at start, at end]. */
    public Map<String, long[]> openByOfficer(Collection<AgencyCode> offices, LocalDateTime start, LocalDateTime end) {
        return facts.openByOfficer(offices, start, end);
    }

    /** The late dossiers finished in the period, per officer who handled them, most first. */
    public List<PeriodReport.OfficerLate> lateByOfficer(Collection<AgencyCode> offices, LocalDate from, LocalDate to) {
        return facts.lateByOfficer(offices, from, to);
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}

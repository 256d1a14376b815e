package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

import vn.motcua.reporting.domain.Dimension;
import vn.motcua.reporting.domain.Measure;
import vn.motcua.reporting.domain.PeriodFigures;
import vn.motcua.reporting.domain.PeriodKind;
import vn.motcua.reporting.domain.PeriodReport;
import vn.motcua.reporting.domain.TrendChart;
import vn.motcua.survey.SurveyResults;
import vn.motcua.organization.domain.AgencyCode;

/** Puts a leader's dashboard together from the read models: figures, breakdowns, trend, lists, satisfaction, scorecard. */
@Service
@Transactional(readOnly = true)
public class Dashboards {

    static final int LIST = 20;
    /** Rows of a breakdown on the dashboard, largest intake first; the period report has them all. */
    static final int TOP = 15;
    static final int TREND_MONTHS = 12;

    public record Dashboard(ReportScopes.Scope scope, PeriodKind period, PeriodFigures figures, long inProgressNow,
            long overdueNow, Map<Dimension, List<PeriodReport.Row>> breakdowns, Map<Dimension, Integer> breakdownSizes, TrendChart trend,
            List<DossierLists.Row> overdue, List<DossierLists.Row> dueSoon, List<DossierLists.Row> late,
            SurveyResults.Row satisfaction, Scorecards.Scorecard scorecard) {
    }

    private final PeriodReports reports;
    private final BreakdownReports breakdowns;
    private final DossierLists lists;
    private final Scorecards scorecards;
    private final SurveyResults survey;

    Dashboards(PeriodReports reports, BreakdownReports breakdowns, DossierLists lists, Scorecards scorecards, SurveyResults survey) {
        this.reports = reports;
        this.breakdowns = breakdowns;
        this.lists = lists;
        this.scorecards = scorecards;
        this.survey = survey;
    }

    public Dashboard of(ReportScopes.Scope scope, PeriodKind period) {
        var offices = scope.offices();
        LocalDate from = period.from();
        LocalDate to = period.to();
        var dimensions = new java.util.ArrayList<Dimension>();
        if (scope.isGroup()) {
            dimensions.add(Dimension.ALL);
        }
        dimensions.addAll(List.of(Dimension.FIELD, Dimension.PROCEDURE, Dimension.OFFICER, Dimension.CHANNEL, Dimension.MODEL));
        if (scope.isGroup()) {
            // a parent agency looks at its units; officers are read unit by unit (or in the report by officer)
            dimensions.remove(Dimension.OFFICER);
        }
        var breakdown = breakdowns.breakdown(scope, from, to, dimensions);
        var byDimension = new java.util.LinkedHashMap<Dimension, List<PeriodReport.Row>>();
        var sizes = new java.util.EnumMap<Dimension, Integer>(Dimension.class);
        breakdown.rows().forEach((d, rows) -> {
            sizes.put(d, rows.size());
            byDimension.put(d, rows.stream().sorted(java.util.Comparator.comparingLong((PeriodReport.Row r) -> r.figures().counts().received())
                    .thenComparingLong(r -> r.figures().inProgress()).reversed()).limit(TOP).toList());
        });
        var figures = breakdown.total();
        LocalDate trendFrom = to.withDayOfMonth(1).minusMonths(TREND_MONTHS - 1L);
        var now = reports.now();
        LocalDate today = now.toLocalDate();
        // a period running to today ends now: its open figures are the ones of now
        boolean endsNow = !to.isBefore(today);
        return new Dashboard(scope, period, figures, endsNow ? figures.inProgress() : reports.openNow(scope),
                endsNow ? figures.overdue() : reports.overdueAt(offices, now), byDimension, sizes,
                TrendChart.of(reports.byMonth(scope.counted(), trendFrom, to), trendFrom, to),
                page(offices, Measure.OVERDUE, today, today), page(offices, Measure.DUE_SOON, today, today),
                page(offices, Measure.LATE, from, to), survey.total(offices, from, to), scorecards.of(scope, from, to));
    }

    private List<DossierLists.Row> page(List<AgencyCode> offices, Measure measure, LocalDate from, LocalDate to) {
        return lists.list(new DossierLists.Query(offices, measure, from, to, Dimension.ALL, "", 0)).stream().limit(LIST).toList();
    }
}

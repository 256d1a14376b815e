package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.reporting.domain.DayCounts;
import vn.motcua.reporting.domain.Dimension;
import vn.motcua.queue.QueueFigures;
import vn.motcua.servicemodel.ServiceModels;
import vn.motcua.servicemodel.domain.ServiceModel;
import vn.motcua.survey.SurveyResults;
import vn.motcua.reporting.persistence.FactQueries;
import vn.motcua.reporting.persistence.ReportCounts;

/**
 * The effect of an office's service models in numbers, from the daily counters (never by scanning dossiers): per
 * model for a period, and the office before and after a model's start date.
 */
@Service
@Transactional(readOnly = true)
public class ModelStatistics {

    /**
     * A model's counters in a period (only dossiers it applied to), and the share of their citizens' evaluations
     * that were satisfied (empty without an evaluation).
     */
    public record ModelRow(ServiceModel model, DayCounts counts, java.util.Optional<java.math.BigDecimal> satisfaction) {
    }

    /**
     * The office's counters over {@code days} days before a model's start and as many from it (both windows end
     * by today), with the counts of the model's own dossiers after, and the working days of each window.
     */
    public record Comparison(ServiceModel model, LocalDate beforeFrom, LocalDate beforeTo, DayCounts before,
            long workingDaysBefore, LocalDate afterFrom, LocalDate afterTo, DayCounts after, long workingDaysAfter,
            DayCounts modelAfter, java.util.Optional<java.math.BigDecimal> satisfactionBefore,
            java.util.Optional<java.math.BigDecimal> satisfactionAfter) {
    }

    /**
     * The queue in a model's own hours (its weekdays, its session if it has one) over the comparison's windows before
     * and after its start: arrivals, and the wait and service of the tickets taken then.
     */
    public record WaitingComparison(ServiceModel model, QueueFigures.Window before, long workingDaysBefore,
            QueueFigures.Window after, long workingDaysAfter) {

        public double perDayBefore() {
            return workingDaysBefore == 0 ? 0 : before.arrivals() / (double) workingDaysBefore;
        }

        public double perDayAfter() {
            return workingDaysAfter == 0 ? 0 : after.arrivals() / (double) workingDaysAfter;
        }
    }

    private final FactQueries facts;
    private final QueueFigures queue;
    private final ServiceModels models;
    private final WorkingCalendars calendars;
    private final SurveyResults survey;
    private final ReportCounts counts;

    ModelStatistics(FactQueries facts, ServiceModels models, WorkingCalendars calendars, SurveyResults survey,
            ReportCounts counts, QueueFigures queue) {
        this.facts = facts;
        this.queue = queue;
        this.counts = counts;
        this.models = models;
        this.calendars = calendars;
        this.survey = survey;
    }

    public LocalDate today() {
        return models.today();
    }

    public DayCounts office(AgencyCode office, LocalDate from, LocalDate to) {
        return sum(office, 0, from, to);
    }

    public List<ModelRow> models(AgencyCode office, LocalDate from, LocalDate to) {
        return models.overlapping(office, from, to).stream()
                .map(m -> new ModelRow(m, sum(office, m.id(), from, to), satisfaction(office, m.id(), from, to))).toList();
    }

    public List<Comparison> beforeAndAfter(AgencyCode office, int days) {
        LocalDate today = models.today();
        return models.of(office).stream().map(m -> {
            LocalDate afterTo = min(m.validFrom().plusDays(days - 1L), today);
            LocalDate beforeFrom = m.validFrom().minusDays(days);
            LocalDate beforeTo = m.validFrom().minusDays(1);
            return new Comparison(m, beforeFrom, beforeTo, sum(office, 0, beforeFrom, beforeTo),
                    workingDays(office, beforeFrom, beforeTo), m.validFrom(), afterTo, sum(office, 0, m.validFrom(), afterTo),
                    workingDays(office, m.validFrom(), afterTo), sum(office, m.id(), m.validFrom(), afterTo),
                    satisfaction(office, 0, beforeFrom, beforeTo), satisfaction(office, 0, m.validFrom(), afterTo));
        }).toList();
    }

    /** The queue in each compared model's hours, before and after its start. */
    public List<WaitingComparison> waiting(AgencyCode office, List<Comparison> comparisons) {
        return comparisons.stream().map(c -> {
            var m = c.model();
            var start = m.session() == null ? null : m.session().start();
            var end = m.session() == null ? null : m.session().end();
            return new WaitingComparison(m, queue.window(office.value(), c.beforeFrom(), c.beforeTo(), m.weekdays(), start, end),
                    c.workingDaysBefore(), queue.window(office.value(), c.afterFrom(), c.afterTo(), m.weekdays(), start, end),
                    c.workingDaysAfter());
        }).toList();
    }

    /**
     * The share of satisfied evaluations among the dossiers finished between the dates (of one model, or all with
     * model 0), in percent; empty when none was evaluated.
     */
    public java.util.Optional<java.math.BigDecimal> satisfaction(AgencyCode office, long model, LocalDate from, LocalDate to) {
        List<String> codes = facts.finishedCodes(office, model, from, to);
        var overall = survey.overallOf(codes).values();
        if (overall.isEmpty()) {
            return java.util.Optional.empty();
        }
        long satisfied = overall.stream().filter(o -> o == 2).count();
        return java.util.Optional.of(java.math.BigDecimal.valueOf(satisfied * 100L)
                .divide(java.math.BigDecimal.valueOf(overall.size()), 2, java.math.RoundingMode.HALF_UP));
    }

    /** The office's working days between the dates (both included), by its own calendar. */
    public long workingDays(AgencyCode office, LocalDate from, LocalDate to) {
        var calendar = calendars.of(office).orElseThrow();
        return from.isAfter(to) ? 0 : from.datesUntil(to.plusDays(1)).filter(d -> calendar.day(d).isWorking()).count();
    }

    private DayCounts sum(AgencyCode office, long model, LocalDate from, LocalDate to) {
        return model == 0 ? counts.total(List.of(office), Dimension.ALL, "", from, to)
                : counts.total(List.of(office), Dimension.MODEL, String.valueOf(model), from, to);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

package vn.motcua.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.reporting.domain.DayCounts;
import vn.motcua.reporting.domain.Dimension;
import vn.motcua.reporting.domain.PeriodFigures;
import vn.motcua.reporting.domain.PeriodKind;
import vn.motcua.reporting.domain.PeriodReport;
import vn.motcua.servicemodel.ServiceModels;
import vn.motcua.reporting.persistence.ReportCounts;
import vn.motcua.platform.security.OfficerNames;

/** Builds period reports: the scope's figures broken down by office, field, procedure, officer, channel or model. */
@Service
@Transactional(readOnly = true)
public class BreakdownReports {

    private final PeriodReports reports;
    private final ReportCounts counts;
    private final Catalogue catalogue;
    private final ServiceModels models;
    private final MessageSource messages;
    private final OfficerNames officers;

    BreakdownReports(PeriodReports reports, ReportCounts counts, Catalogue catalogue, ServiceModels models,
            MessageSource messages, OfficerNames officers) {
        this.officers = officers;
        this.messages = messages;
        this.counts = counts;
        this.reports = reports;
        this.catalogue = catalogue;
        this.models = models;
    }

    public PeriodReport report(ReportScopes.Scope scope, PeriodKind period, Dimension breakdown) {
        var offices = scope.offices();
        LocalDate from = period.from();
        LocalDate to = period.to();
        Dimension shown = breakdown == Dimension.ALL && !scope.isGroup() ? Dimension.FIELD : breakdown;
        var breakdownRows = breakdown(scope, from, to, shown == Dimension.MODEL ? List.of(Dimension.MODEL) : List.of(shown, Dimension.MODEL));
        var rows = breakdownRows.rows();
        PeriodFigures total = breakdownRows.total();
        return new PeriodReport(scope.code().value(), scope.name(), period, breakdown, rows.get(shown), total,
                reports.lateByOfficer(offices, from, to), rows.get(Dimension.MODEL), reports.now().toLocalDate());
    }

    /** The rows of each dimension asked for and the scope's total, whose open figures add the offices' up. */
    public record Breakdown(Map<Dimension, List<PeriodReport.Row>> rows, PeriodFigures total) {
    }

    /** One row per key: per office for {@link Dimension#ALL}. */
    public List<PeriodReport.Row> rows(ReportScopes.Scope scope, LocalDate from, LocalDate to, Dimension dimension) {
        return rows(scope, from, to, List.of(dimension)).get(dimension);
    }

    public Map<Dimension, List<PeriodReport.Row>> rows(ReportScopes.Scope scope, LocalDate from, LocalDate to,
            List<Dimension> dimensions) {
        return breakdown(scope, from, to, dimensions).rows();
    }

    /**
     * The rows of each dimension and the total; the dossiers open at the period's start and end are read once for
     * all of them (one pass each over the dossiers open at that instant).
     */
    public Breakdown breakdown(ReportScopes.Scope scope, LocalDate from, LocalDate to, List<Dimension> dimensions) {
        var offices = scope.offices();
        LocalDateTime now = reports.now();
        boolean endsNow = !to.plusDays(1).atStartOfDay().isBefore(now);
        LocalDateTime end = endsNow ? now : to.plusDays(1).atStartOfDay();
        var overdue = reports.overdueAtByEvery(offices, end);
        var result = new LinkedHashMap<Dimension, List<PeriodReport.Row>>();
        for (Dimension dimension : dimensions) {
            if (dimension == Dimension.ALL) {
                // one row per agency right below the scope's (their counters roll their own subtrees up)
                result.put(dimension, rows(scope, dimension, counts.ledger(scope.children(), Dimension.ALL, true, from, to),
                        byUnit(scope, overdue.get(dimension))));
            } else if (dimension == Dimension.OFFICER) {
                result.put(dimension, rows(scope, dimension, officerLedgers(scope, from, to, end), overdue.get(dimension)));
            } else {
                result.put(dimension, rows(scope, dimension, counts.ledger(scope.counted(), dimension, false, from, to),
                        overdue.get(dimension)));
            }
        }
        var ledger = counts.ledger(scope.counted(), Dimension.ALL, false, from, to)
                .getOrDefault("", new ReportCounts.Ledger(DayCounts.ZERO, 0, 0));
        var total = new PeriodFigures(ledger.openAtStart(), ledger.counts(), ledger.openAtEnd(), sum(overdue.get(Dimension.ALL)));
        return new Breakdown(result, total);
    }

    private static long sum(Map<String, Long> byOffice) {
        return byOffice.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> byUnit(ReportScopes.Scope scope, Map<String, Long> byOffice) {
        var result = new java.util.HashMap<String, Long>();
        byOffice.forEach((office, n) -> {
            AgencyCode unit = scope.unitOf().get(AgencyCode.of(office));
            if (unit != null) {
                result.merge(unit.value(), n, Long::sum);
            }
        });
        return result;
    }

    private List<PeriodReport.Row> rows(ReportScopes.Scope scope, Dimension dimension, Map<String, ReportCounts.Ledger> ledgers,
            Map<String, Long> overdue) {
        var keys = new java.util.LinkedHashSet<>(ledgers.keySet());
        overdue.forEach((k, n) -> {
            if (n != 0) {
                keys.add(k);
            }
        });
        var labels = labels(scope, dimension, keys);
        var none = new ReportCounts.Ledger(DayCounts.ZERO, 0, 0);
        var rows = new ArrayList<PeriodReport.Row>();
        for (String key : keys) {
            var ledger = ledgers.getOrDefault(key, none);
            rows.add(new PeriodReport.Row(key, labels.getOrDefault(key, key), new PeriodFigures(ledger.openAtStart(),
                    ledger.counts(), ledger.openAtEnd(), overdue.getOrDefault(key, 0L))));
        }
        if (dimension == Dimension.ALL) {
            rows.sort(java.util.Comparator.comparing(PeriodReport.Row::key));
        }
        return rows;
    }

    /**
     * The officers' counters of the period, and the dossiers open at its start and end under their receiving officer:
     * received and closed by different officers, these come from the facts, not from the counters.
     */
    private Map<String, ReportCounts.Ledger> officerLedgers(ReportScopes.Scope scope, LocalDate from, LocalDate to, LocalDateTime end) {
        var ledgers = new LinkedHashMap<String, ReportCounts.Ledger>();
        reports.by(scope.counted(), Dimension.OFFICER, from, to).forEach((officer, c) -> ledgers.put(officer, new ReportCounts.Ledger(c, 0, 0)));
        reports.openByOfficer(scope.offices(), from.atStartOfDay(), end).forEach((officer, open) -> ledgers.merge(officer,
                new ReportCounts.Ledger(DayCounts.ZERO, open[0], open[1]),
                (counted, opened) -> new ReportCounts.Ledger(counted.counts(), opened.openAtStart(), opened.openAtEnd())));
        return ledgers;
    }

    /** How each key reads on the screen: office, procedure and model names, channel names; fields and officers as they are. */
    public Map<String, String> labels(ReportScopes.Scope scope, Dimension dimension, java.util.Collection<String> keys) {
        var labels = new LinkedHashMap<String, String>();
        for (String key : keys) {
            String label = switch (dimension) {
                case ALL -> scope.nameOf(key);
                case CHANNEL -> messages.getMessage("breakdown.channel." + key, null, key, LocaleContextHolder.getLocale());
                case PROCEDURE -> procedureName(key);
                case MODEL -> modelName(scope, key);
                case FIELD -> key.isBlank() ? say("breakdown.noField") : key;
                case OFFICER -> officers.fullName(key);
            };
            labels.put(key, label);
        }
        return labels;
    }

    private String procedureName(String code) {
        try {
            return catalogue.find(ProcedureCode.of(code)).map(p -> code + " — " + p.latest().name()).orElse(code);
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private String modelName(ReportScopes.Scope scope, String key) {
        long id;
        try {
            id = Long.parseLong(key);
        } catch (NumberFormatException e) {
            return key;
        }
        for (AgencyCode office : scope.offices()) {
            var model = models.find(office, id);
            if (model.isPresent()) {
                return model.get().publicName() + (scope.isGroup() ? " (" + scope.names().get(office) + ")" : "");
            }
        }
        return say("breakdown.model", key);
    }

    /** Labels are the reader's words (messages {@code breakdown.*}). */
    private String say(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}

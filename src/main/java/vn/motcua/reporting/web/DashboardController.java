package vn.motcua.reporting.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.dossier.LateRisks;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.queue.QueueFigures;
import vn.motcua.reporting.Dashboards;
import vn.motcua.reporting.DossierLists;
import vn.motcua.reporting.ReportScopes;
import vn.motcua.reporting.domain.Dimension;
import vn.motcua.reporting.domain.Measure;
import vn.motcua.reporting.domain.PeriodReport;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.reporting.BreakdownReports;
import vn.motcua.reporting.domain.TrendChart;
import vn.motcua.organization.domain.AgencyCode;

/**
 * Bảng điều hành: a leader's dashboard of their office or, for a parent agency, of everything below it, and the
 * list of dossiers behind any of its numbers. Unknown agencies and unreadable periods fall back with a notice.
 */
@Controller
class DashboardController {

    private final ReportPages pages;
    private final java.time.Clock clock;
    private final Dashboards dashboards;
    private final DossierLists lists;
    private final BreakdownReports breakdowns;
    private final QueueFigures queue;
    private final LateRisks risks;

    DashboardController(ReportPages pages, Dashboards dashboards, DossierLists lists,
            BreakdownReports breakdowns, QueueFigures queue, LateRisks risks, java.time.Clock clock) {
        this.queue = queue;
        this.risks = risks;
        this.clock = clock;
        this.breakdowns = breakdowns;
        this.pages = pages;
        this.dashboards = dashboards;
        this.lists = lists;
    }

    @GetMapping("/thong-ke")
    String dashboard(@AuthenticationPrincipal OfficeMember me, @RequestParam(name = "don-vi", required = false) String unit,
            @RequestParam(required = false) String ky, @RequestParam(required = false) String tu,
            @RequestParam(required = false) String den, Model model) {
        var scope = pages.scope(me, unit, model);
        var period = pages.period(ky, tu, den, model);
        model.addAttribute("d", dashboards.of(scope, period));
        model.addAttribute("waiting", queue.overall(scope.offices().stream().map(AgencyCode::value).toList(), period.from(),
                period.to()));
        // the late-risk warning looks at the offices themselves (a parent agency's first 20), the earliest due first
        model.addAttribute("atRisk", scope.offices().stream().limit(20).flatMap(o -> risks.atRisk(o).stream())
                .sorted(java.util.Comparator.comparing(LateRisks.Flag::dueAt)).limit(10).toList());
        model.addAttribute("dimensions", List.of(Dimension.FIELD, Dimension.PROCEDURE, Dimension.OFFICER, Dimension.CHANNEL, Dimension.MODEL));
        model.addAttribute("headings", PeriodReport.HEADINGS);
        model.addAttribute("slugs", slugs());
        model.addAttribute("today", java.time.LocalDate.now(clock.withZone(WorkingCalendars.ZONE)));
        model.addAttribute("chartWidth", TrendChart.WIDTH);
        model.addAttribute("chartHeight", TrendChart.HEIGHT);
        return "reporting/dashboard";
    }

    @GetMapping("/thong-ke/ho-so")
    String dossiers(@AuthenticationPrincipal OfficeMember me, @RequestParam(name = "don-vi", required = false) String unit,
            @RequestParam(required = false) String ky, @RequestParam(required = false) String tu,
            @RequestParam(required = false) String den, @RequestParam(name = "so-lieu", required = false) String measure,
            @RequestParam(required = false) String theo, @RequestParam(required = false) String khoa,
            @RequestParam(required = false) Integer trang, Model model) {
        var scope = pages.scope(me, unit, model);
        var period = pages.period(ky, tu, den, model);
        Measure m = ReportParameters.measure(measure).orElse(Measure.RECEIVED);
        Dimension dimension = ReportParameters.breakdown(theo, Dimension.ALL);
        if (!ReportParameters.validKey(dimension, khoa)) {
            dimension = Dimension.ALL;
            model.addAttribute("badKey", true);
        }
        List<AgencyCode> offices = scope.offices();
        var chosenUnit = scope.children().stream().filter(c -> c.value().equals(khoa)).findFirst();
        if (dimension == Dimension.ALL && chosenUnit.isPresent()) {
            offices = scope.officesOf(chosenUnit.get());   // one agency of a parent agency's table, with everything below it
        }
        int page = trang == null || trang < 0 ? 0 : Math.min(trang, DossierLists.MAX_PAGES);
        model.addAttribute("rows", lists.list(new DossierLists.Query(offices, m, period.from(), period.to(), dimension,
                khoa == null ? "" : khoa, page)));
        model.addAttribute("measure", m);
        model.addAttribute("dimension", dimension);
        model.addAttribute("theo", ReportParameters.slug(dimension));
        model.addAttribute("khoa", khoa);
        model.addAttribute("page", page);
        model.addAttribute("pageSize", DossierLists.PAGE);
        model.addAttribute("keyLabel", khoa == null ? null : dimension == Dimension.ALL ? scope.nameOf(khoa)
                : reportsLabel(scope, dimension, khoa));
        return "reporting/dossiers";
    }

    private String reportsLabel(ReportScopes.Scope scope, Dimension dimension, String key) {
        return breakdowns.labels(scope, dimension, List.of(key)).get(key);
    }

    static java.util.Map<Dimension, String> slugs() {
        var slugs = new java.util.EnumMap<Dimension, String>(Dimension.class);
        ReportParameters.BREAKDOWNS.forEach((slug, d) -> slugs.put(d, slug));
        return slugs;
    }
}

package vn.motcua.reporting.web;

import java.time.LocalDate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.reporting.ModelStatistics;
import vn.motcua.platform.web.ReportPeriod;

/**
 * Thống kê theo mô hình: for leaders and administrators, each service model's dossiers in a period and the
 * office before and after each model's start. A bad date falls back to the default period, with a notice.
 */
@Controller
class ModelStatsController {

    static final int DEFAULT_WINDOW_DAYS = 90;
    static final int MAX_WINDOW_DAYS = 730;

    private final ModelStatistics statistics;

    ModelStatsController(ModelStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/thong-ke/mo-hinh")
    String page(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String tu,
            @RequestParam(required = false) String den, @RequestParam(name = "so-ngay", required = false) Integer window,
            Model model) {
        if (!me.isAdmin() && !me.holds("LEADER")) {
            throw new AccessDeniedException(me.getUsername() + " does not read the statistics");
        }
        AgencyCode office = AgencyCode.of(me.officeCode());
        var period = ReportPeriod.parse(tu, den, statistics.today(), end -> end.withDayOfMonth(1));
        LocalDate from = period.from();
        LocalDate to = period.to();
        model.addAttribute("badPeriod", period.corrected());
        int days = window == null || window < 7 || window > MAX_WINDOW_DAYS ? DEFAULT_WINDOW_DAYS : window;
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("window", days);
        model.addAttribute("office", statistics.office(office, from, to));
        model.addAttribute("workingDays", statistics.workingDays(office, from, to));
        model.addAttribute("rows", statistics.models(office, from, to));
        var comparisons = statistics.beforeAndAfter(office, days);
        model.addAttribute("comparisons", comparisons);
        model.addAttribute("waiting", statistics.waiting(office, comparisons));
        return "reporting/models";
    }
}

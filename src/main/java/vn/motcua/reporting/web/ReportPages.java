package vn.motcua.reporting.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.motcua.platform.security.OfficeMember;
import vn.motcua.reporting.PeriodReports;
import vn.motcua.reporting.ReportScopes;
import vn.motcua.reporting.domain.PeriodKind;

/** What the dashboard, report and list pages share: the agency and period chosen, with their notices. */
@Component
class ReportPages {

    private final ReportScopes scopes;
    private final PeriodReports reports;

    ReportPages(ReportScopes scopes, PeriodReports reports) {
        this.scopes = scopes;
        this.reports = reports;
    }

    ReportScopes.Scope scope(OfficeMember me, String unit, Model model) {
        var scope = scopes.of(me, unit);
        if (scope.isEmpty()) {
            model.addAttribute("badUnit", true);
            scope = scopes.of(me, null);
        }
        model.addAttribute("scope", scope.orElseThrow());
        model.addAttribute("units", scopes.choices(me));
        return scope.orElseThrow();
    }

    PeriodKind period(String ky, String tu, String den, Model model) {
        var today = reports.now().toLocalDate();
        var period = ReportParameters.period(ky, tu, den, today);
        model.addAttribute("badPeriod", period.corrected());
        model.addAttribute("period", period.kind());
        model.addAttribute("choices", PeriodKind.choices(today));
        return period.kind();
    }
}

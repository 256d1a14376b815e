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
import vn.motcua.reporting.IndexScores;
import vn.motcua.reporting.ModelStatistics;
import vn.motcua.platform.web.ReportPeriod;

/** Chỉ số đánh giá: the Circular 01/2018 scores per dossier, officer and unit for a period (default: this quarter). */
@Controller
class IndexScoresController {

    static final int SHOWN_DOSSIERS = 500;

    private final IndexScores scores;
    private final ModelStatistics statistics;

    IndexScoresController(IndexScores scores, ModelStatistics statistics) {
        this.scores = scores;
        this.statistics = statistics;
    }

    @GetMapping("/thong-ke/chi-so")
    String page(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String tu,
            @RequestParam(required = false) String den, Model model) {
        if (!me.isAdmin() && !me.holds("LEADER")) {
            throw new AccessDeniedException(me.getUsername() + " does not read the scores");
        }
        var period = ReportPeriod.parse(tu, den, statistics.today(),
                end -> end.withMonth((end.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1));
        LocalDate from = period.from();
        LocalDate to = period.to();
        model.addAttribute("badPeriod", period.corrected());
        AgencyCode office = AgencyCode.of(me.officeCode());
        var dossiers = scores.dossiers(office, from, to);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("unit", scores.unit(office, from, to, dossiers));
        model.addAttribute("officers", scores.officers(dossiers));
        model.addAttribute("dossiers", dossiers.stream().limit(SHOWN_DOSSIERS).toList());
        model.addAttribute("dossierCount", dossiers.size());
        return "reporting/scores";
    }
}

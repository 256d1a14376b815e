package vn.motcua.reporting.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.platform.security.OfficeMember;
import vn.motcua.reporting.BreakdownReports;
import vn.motcua.reporting.domain.Dimension;
import vn.motcua.reporting.domain.PeriodReport;

/**
 * Báo cáo theo kỳ: month, quarter, year or custom range, broken down by office, field, procedure, officer, channel
 * or model; the same report as a spreadsheet and a PDF, built from the same {@link PeriodReport}.
 */
@Controller
class PeriodReportController {

    private final ReportPages pages;
    private final BreakdownReports reports;
    private final ReportExports exports;

    PeriodReportController(ReportPages pages, BreakdownReports reports, ReportExports exports) {
        this.pages = pages;
        this.reports = reports;
        this.exports = exports;
    }

    @GetMapping("/thong-ke/bao-cao")
    String page(@AuthenticationPrincipal OfficeMember me, @RequestParam(name = "don-vi", required = false) String unit,
            @RequestParam(required = false) String ky, @RequestParam(required = false) String tu,
            @RequestParam(required = false) String den, @RequestParam(required = false) String theo, Model model) {
        model.addAttribute("r", report(me, unit, ky, tu, den, theo, model));
        model.addAttribute("headings", PeriodReport.HEADINGS);
        model.addAttribute("breakdowns", ReportParameters.BREAKDOWNS);
        return "reporting/report";
    }

    @GetMapping("/thong-ke/bao-cao.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal OfficeMember me, @RequestParam(name = "don-vi", required = false) String unit,
            @RequestParam(required = false) String ky, @RequestParam(required = false) String tu,
            @RequestParam(required = false) String den, @RequestParam(required = false) String theo, Model model) {
        var report = report(me, unit, ky, tu, den, theo, model);
        return file(exports.xlsx(report), fileName(report, "xlsx"),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/thong-ke/bao-cao.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal OfficeMember me, @RequestParam(name = "don-vi", required = false) String unit,
            @RequestParam(required = false) String ky, @RequestParam(required = false) String tu,
            @RequestParam(required = false) String den, @RequestParam(required = false) String theo, Model model) {
        var report = report(me, unit, ky, tu, den, theo, model);
        return file(exports.pdf(report), fileName(report, "pdf"), MediaType.APPLICATION_PDF);
    }

    private PeriodReport report(OfficeMember me, String unit, String ky, String tu, String den, String theo, Model model) {
        var scope = pages.scope(me, unit, model);
        var period = pages.period(ky, tu, den, model);
        Dimension breakdown = ReportParameters.breakdown(theo, scope.isGroup() ? Dimension.ALL : Dimension.FIELD);
        model.addAttribute("theo", ReportParameters.slug(breakdown));
        return reports.report(scope, period, breakdown);
    }

    private static String fileName(PeriodReport r, String extension) {
        return "bao-cao-" + r.scopeCode() + "-" + r.period().from() + "-" + r.period().to() + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] content, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(content);
    }
}

package vn.motcua.survey.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import org.dhatim.fastexcel.Workbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.platform.security.OfficerNames;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.survey.SurveyResults;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.platform.web.ReportPeriod;

/** Kết quả đánh giá: what citizens said of the office, by officer or procedure, with their comments; XLSX too. */
@Controller
class SurveyResultsController {

    static final int MAX_COMMENTS = 500;

    private final SurveyResults results;
    private final java.time.Clock clock;
    private final OfficerNames officers;

    SurveyResultsController(SurveyResults results, java.time.Clock clock, OfficerNames officers) {
        this.officers = officers;
        this.results = results;
        this.clock = clock;
    }

    /** The query of the page and of its export. */
    record Query(LocalDate from, LocalDate to, SurveyResults.Grouping grouping, Integer overall, String text, boolean bad) {
    }

    @GetMapping("/danh-gia-ket-qua")
    String page(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String tu,
            @RequestParam(required = false) String den, @RequestParam(required = false) String theo,
            @RequestParam(required = false) Integer muc, @RequestParam(required = false) String tim, Model model) {
        Query q = query(me, tu, den, theo, muc, tim);
        AgencyCode office = AgencyCode.of(me.officeCode());
        model.addAttribute("q", q);
        model.addAttribute("rows", results.rows(office, q.from(), q.to(), q.grouping()));
        model.addAttribute("comments", results.comments(office, q.from(), q.to(), q.overall(), q.text(), MAX_COMMENTS));
        model.addAttribute("groupings", SurveyResults.Grouping.values());
        return "survey/results";
    }

    @GetMapping("/danh-gia-ket-qua.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String tu,
            @RequestParam(required = false) String den, @RequestParam(required = false) String theo,
            @RequestParam(required = false) Integer muc, @RequestParam(required = false) String tim) throws IOException {
        Query q = query(me, tu, den, theo, muc, tim);
        AgencyCode office = AgencyCode.of(me.officeCode());
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "MotCua", "1.0");
        var sheet = workbook.newWorksheet("Kết quả đánh giá");
        String[] head = {"Nhóm", "Số đánh giá", "Hài lòng", "Bình thường", "Không hài lòng", "Tỷ lệ hài lòng (%)"};
        for (int c = 0; c < head.length; c++) {
            sheet.value(0, c, head[c]);
        }
        int r = 1;
        for (var row : results.rows(office, q.from(), q.to(), q.grouping())) {
            sheet.value(r, 0, q.grouping() == SurveyResults.Grouping.OFFICER ? officers.fullName(row.group()) : row.group());
            sheet.value(r, 1, row.count());
            sheet.value(r, 2, row.satisfied());
            sheet.value(r, 3, row.neutral());
            sheet.value(r, 4, row.unsatisfied());
            int line = r;
            row.satisfaction().ifPresent(v -> {
                sheet.value(line, 5, v);
                sheet.style(line, 5).format("0.00").set();
            });
            r++;
        }
        var comments = workbook.newWorksheet("Góp ý");
        String[] cHead = {"Thời gian", "Loại", "Mã hồ sơ", "Thủ tục", "Cán bộ", "Mức độ hài lòng", "Góp ý"};
        for (int c = 0; c < cHead.length; c++) {
            comments.value(0, c, cHead[c]);
        }
        int i = 1;
        for (var c : results.comments(office, q.from(), q.to(), q.overall(), q.text(), 10_000)) {
            comments.value(i, 0, c.at().toString().replace('T', ' '));
            comments.value(i, 1, c.kind());
            comments.value(i, 2, c.dossierCode());
            comments.value(i, 3, c.procedureCode());
            comments.value(i, 4, c.officer() == null ? null : officers.fullName(c.officer()));
            comments.value(i, 5, c.overall() == 2 ? "Hài lòng" : c.overall() == 1 ? "Bình thường" : "Không hài lòng");
            comments.value(i, 6, c.text());
            i++;
        }
        workbook.finish();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("danh-gia-" + q.from() + "-" + q.to() + ".xlsx").build().toString())
                .body(out.toByteArray());
    }

    private Query query(OfficeMember me, String tu, String den, String theo, Integer muc, String tim) {
        if (!me.isAdmin() && !me.holds("LEADER")) {
            throw new AccessDeniedException(me.getUsername() + " does not read the survey results");
        }
        var period = ReportPeriod.parse(tu, den,
                LocalDate.now(clock.withZone(WorkingCalendars.ZONE)), end -> end.withDayOfMonth(1));
        LocalDate from = period.from();
        LocalDate to = period.to();
        boolean bad = period.corrected();
        SurveyResults.Grouping grouping = SurveyResults.Grouping.OFFICER;
        try {
            grouping = theo == null || theo.isBlank() ? grouping : SurveyResults.Grouping.valueOf(theo);
        } catch (IllegalArgumentException e) {
            bad = true;
        }
        Integer overall = muc == null || muc < 0 || muc > 2 ? null : muc;
        String text = tim == null || tim.isBlank() ? null : tim.strip().substring(0, Math.min(tim.strip().length(), 100));
        return new Query(from, to, grouping, overall, text, bad);
    }
}

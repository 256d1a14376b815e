package vn.motcua.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.queue.QueueFigures;
import vn.motcua.queue.domain.WaitingFigures;

/**
 * Waiting at the desk ({@code /thong-ke/hang-doi}, leaders and administrators, the dashboard's agency and period):
 * arrivals by weekday and hour as a heat map, waiting and service time (median, 90th percentile) per counter, officer,
 * field and session, no-shows of tickets and of bookings; the same as a workbook ({@code .xlsx}).
 */
@Controller
class WaitingController {


    private final ReportPages pages;
    private final QueueFigures figures;
    private final MessageSource messages;

    WaitingController(ReportPages pages, QueueFigures figures, MessageSource messages) {
        this.messages = messages;
        this.pages = pages;
        this.figures = figures;
    }

    @GetMapping("/thong-ke/hang-doi")
    String waiting(@AuthenticationPrincipal OfficeMember me, @RequestParam(name = "don-vi", required = false) String unit,
            @RequestParam(required = false) String ky, @RequestParam(required = false) String tu,
            @RequestParam(required = false) String den, Model model) {
        var scope = pages.scope(me, unit, model);
        var period = pages.period(ky, tu, den, model);
        var offices = scope.offices().stream().map(AgencyCode::value).toList();
        model.addAttribute("w", figures.figures(offices, period.from(), period.to()));
        model.addAttribute("bookingNoShows", figures.bookingNoShows(offices, period.from(), period.to()));
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("dimensions", WaitingFigures.Dimension.values());
        return "reporting/waiting";
    }

    @GetMapping("/thong-ke/hang-doi.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal OfficeMember me, @RequestParam(name = "don-vi", required = false) String unit,
            @RequestParam(required = false) String ky, @RequestParam(required = false) String tu,
            @RequestParam(required = false) String den, Model model) throws IOException {
        var scope = pages.scope(me, unit, model);
        var period = pages.period(ky, tu, den, model);
        var w = figures.figures(scope.offices().stream().map(AgencyCode::value).toList(), period.from(), period.to());
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "MotCua", "1.0");
        var heat = workbook.newWorksheet("Lượt đến theo giờ");
        heat.value(0, 0, "Thứ / giờ");
        List<Integer> hours = w.hours();
        for (int h = 0; h < hours.size(); h++) {
            heat.value(0, h + 1, hours.get(h) + "h");
        }
        for (int d = 0; d < 7; d++) {
            heat.value(d + 1, 0, messages.getMessage("queue.booking.weekday." + DayOfWeek.of(d + 1), null, LocaleContextHolder.getLocale()));
            for (int h = 0; h < hours.size(); h++) {
                heat.value(d + 1, h + 1, w.arrivals()[d][hours.get(h)]);
            }
        }
        var groups = workbook.newWorksheet("Chờ và phục vụ");
        String[] headings = {"Theo", "Nhóm", "Số phiếu", "Đã được mời", "Vắng mặt", "Chờ — trung vị (phút)", "Chờ — 90% (phút)",
            "Phục vụ — trung vị (phút)", "Phục vụ — 90% (phút)"};
        for (int c = 0; c < headings.length; c++) {
            groups.value(0, c, headings[c]);
        }
        int row = 1;
        row = write(groups, row, "Tất cả", w.overall());
        for (var dimension : WaitingFigures.Dimension.values()) {
            for (var stat : w.by().get(dimension)) {
                row = write(groups, row, dimension.name(), stat);
            }
        }
        workbook.finish();
        String name = "hang-doi-" + scope.code().value() + "-" + period.from() + "-" + period.to() + ".xlsx";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build()
                        .toString()).body(out.toByteArray());
    }

    private static int write(Worksheet sheet, int row, String by, WaitingFigures.Stat s) {
        sheet.value(row, 0, by);
        sheet.value(row, 1, s.key());
        sheet.value(row, 2, s.tickets());
        sheet.value(row, 3, s.called());
        sheet.value(row, 4, s.noShows());
        s.waitMedian().ifPresent(v -> sheet.value(row, 5, v));
        s.waitP90().ifPresent(v -> sheet.value(row, 6, v));
        s.serviceMedian().ifPresent(v -> sheet.value(row, 7, v));
        s.serviceP90().ifPresent(v -> sheet.value(row, 8, v));
        return row + 1;
    }
}

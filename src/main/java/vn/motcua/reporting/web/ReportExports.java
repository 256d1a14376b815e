package vn.motcua.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.motcua.platform.security.OfficerNames;
import vn.motcua.documents.Slips;
import vn.motcua.reporting.domain.PeriodReport;
import vn.motcua.reporting.domain.PeriodFigures;

/** A period report as a spreadsheet and as an A4 landscape PDF, with the screen's headings and figures. */
@Component
class ReportExports {

    private final ITemplateEngine templates;
    private final Slips slips;

    ReportExports(ITemplateEngine templates, Slips slips, OfficerNames officers) {
        this.officers = officers;
        this.templates = templates;
        this.slips = slips;
    }

    private final OfficerNames officers;

    byte[] xlsx(PeriodReport r) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "MotCua", "1.0");
            var sheet = workbook.newWorksheet("Báo cáo");
            sheet.value(0, 0, "BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH");
            sheet.value(1, 0, r.scopeName() + " (" + r.scopeCode() + ") — " + r.period().label());
            int row = table(sheet, 3, r.breakdown().label(), r.rows(), r.total());
            sheet.value(row + 1, 0, "Tỷ lệ đúng hạn = (trước hạn + đúng hạn) / (trước hạn + đúng hạn + trễ hạn) × 100; "
                    + "tỷ lệ trễ trên tổng phải giải quyết = (trễ hạn + quá hạn đang giải quyết) / (kỳ trước chuyển sang + tiếp nhận) × 100.");
            var late = workbook.newWorksheet("Trễ hạn theo cán bộ");
            late.value(0, 0, "Cán bộ xử lý");
            late.value(0, 1, "Số hồ sơ trễ hạn");
            for (int i = 0; i < r.lateByOfficer().size(); i++) {
                late.value(i + 1, 0, officers.fullName(r.lateByOfficer().get(i).officer()));
                late.value(i + 1, 1, r.lateByOfficer().get(i).late());
            }
            table(workbook.newWorksheet("Theo mô hình"), 0, "Mô hình", r.models(), null);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes headings, rows and the total from the row given; returns the row after the table. */
    private static int table(Worksheet sheet, int first, String keyHeading, List<PeriodReport.Row> rows, PeriodFigures total) {
        sheet.value(first, 0, keyHeading);
        for (int c = 0; c < PeriodReport.HEADINGS.size(); c++) {
            sheet.value(first, c + 1, PeriodReport.HEADINGS.get(c));
        }
        int row = first + 1;
        for (var line : rows) {
            write(sheet, row++, line.label(), PeriodReport.numbers(line.figures()));
        }
        if (total != null) {
            write(sheet, row++, "Tổng cộng", PeriodReport.numbers(total));
        }
        return row;
    }

    private static void write(Worksheet sheet, int row, String label, List<Object> cells) {
        sheet.value(row, 0, label);
        for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v instanceof java.math.BigDecimal rate) {
                // a rate is a number a leader can sum, sort and chart, shown with two decimals
                sheet.value(row, c + 1, rate);
                sheet.style(row, c + 1).format("0.00").set();
            } else if (v instanceof Number n) {
                sheet.value(row, c + 1, n);
            } else if (v != null) {
                sheet.value(row, c + 1, String.valueOf(v));
            }
        }
    }

    /** Late dossiers by officer print in this many column pairs per line (a province has hundreds of officers). */
    static final int LATE_COLUMNS = 4;

    static <T> java.util.List<java.util.List<T>> chunks(java.util.List<T> items, int size) {
        var result = new java.util.ArrayList<java.util.List<T>>();
        for (int i = 0; i < items.size(); i += size) {
            result.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return result;
    }

    byte[] pdf(PeriodReport r) {
        var context = new Context(java.util.Locale.forLanguageTag("vi"));
        context.setVariable("r", r);
        context.setVariable("headings", PeriodReport.HEADINGS);
        context.setVariable("lateRows", chunks(r.lateByOfficer(), LATE_COLUMNS));
        var names = new java.util.HashMap<String, String>();
        r.lateByOfficer().forEach(l -> names.put(l.officer(), officers.fullName(l.officer())));
        context.setVariable("officerNames", names);
        return slips.pdf(templates.process("reporting/report-print", context));
    }
}

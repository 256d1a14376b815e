package vn.motcua.reporting.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A period report as the screen, the spreadsheet and the PDF show it: one row per key of the breakdown and the
 * total of the scope, the late dossiers per handling officer, and the per-model rows.
 */
public record PeriodReport(String scopeCode, String scopeName, PeriodKind period, Dimension breakdown, List<Row> rows,
        PeriodFigures total, List<OfficerLate> lateByOfficer, List<Row> models, LocalDate generatedOn) {

    /** One line of the report. */
    public record Row(String key, String label, PeriodFigures figures) {

        public List<Object> cells() {
            return PeriodReport.cells(figures);
        }
    }

    public List<Object> totalCells() {
        return cells(total);
    }

    /** Late dossiers handled by one officer in the period. */
    public record OfficerLate(String officer, long late) {
    }

    /** The headings of the report's columns, in the order of {@link #cells}. */
    public static final List<String> HEADINGS = List.of("Kỳ trước chuyển sang", "Tiếp nhận trong kỳ", "Tổng phải giải quyết",
            "Đã giải quyết", "Trước hạn", "Đúng hạn", "Trễ hạn", "Trong đó từ chối", "Dừng xử lý", "Đang giải quyết",
            "Trong đó quá hạn", "Tỷ lệ đúng hạn (%)", "Tỷ lệ trễ trên tổng phải giải quyết (%)");

    /** The cells of a row, as numbers (the rates as text with two decimals, "—" without data). */
    public static List<Object> cells(PeriodFigures f) {
        return List.of(f.carriedOver(), f.counts().received(), f.workload(), f.counts().finished(), f.counts().early(),
                f.counts().onTime(), f.counts().late(), f.counts().refused(), f.counts().stopped(), f.inProgress(), f.overdue(),
                rate(f.onTimeRate()), rate(f.lateRateOverWorkload()));
    }

    /** The same figures for a spreadsheet: numbers stay numbers, rates too (percent, two decimals); none is empty. */
    public static List<Object> numbers(PeriodFigures f) {
        var out = new java.util.ArrayList<Object>(List.of(f.carriedOver(), f.counts().received(), f.workload(),
                f.counts().finished(), f.counts().early(), f.counts().onTime(), f.counts().late(), f.counts().refused(),
                f.counts().stopped(), f.inProgress(), f.overdue()));
        out.add(f.onTimeRate().orElse(null));
        out.add(f.lateRateOverWorkload().orElse(null));
        return out;
    }

    static String rate(java.util.Optional<java.math.BigDecimal> r) {
        return r.map(v -> v.toPlainString().replace('.', ',')).orElse("—");
    }
}

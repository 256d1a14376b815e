package vn.motcua.reporting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A report's period named as leaders name it: a year ({@code 2021}), a quarter ({@code 2021-Q3}), a month
 * ({@code 2021-03}); anything else is a custom range given by its dates.
 */
public record PeriodKind(LocalDate from, LocalDate to, String label, String key) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /** The named period, if the text names one (years 2000 to 2100). */
    public static Optional<PeriodKind> named(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        var m = YEAR.matcher(t);
        if (m.matches() && year(m.group(1))) {
            int y = Integer.parseInt(m.group(1));
            return Optional.of(new PeriodKind(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "Năm " + y, t));
        }
        m = QUARTER.matcher(t);
        if (m.matches() && year(m.group(1))) {
            int y = Integer.parseInt(m.group(1));
            int q = Integer.parseInt(m.group(2));
            LocalDate from = LocalDate.of(y, 3 * q - 2, 1);
            return Optional.of(new PeriodKind(from, from.plusMonths(3).minusDays(1), "Quý " + ROMAN[q - 1] + "/" + y, t));
        }
        m = MONTH.matcher(t);
        if (m.matches() && year(m.group(1))) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                var ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
                return Optional.of(new PeriodKind(ym.atDay(1), ym.atEndOfMonth(), "Tháng " + month + "/" + ym.getYear(), t));
            }
        }
        return Optional.empty();
    }

    /** A custom range. */
    public static PeriodKind custom(LocalDate from, LocalDate to) {
        return new PeriodKind(from, to, "Từ " + from.format(DAY) + " đến " + to.format(DAY), null);
    }

    /** The month, quarter and year that contain the day, and the ones before them: the quick choices of a report. */
    public static java.util.List<PeriodKind> choices(LocalDate today) {
        int q = (today.getMonthValue() - 1) / 3 + 1;
        var previousQuarter = today.withDayOfMonth(1).minusMonths(3);
        int pq = (previousQuarter.getMonthValue() - 1) / 3 + 1;
        return java.util.stream.Stream.of("%d-%02d".formatted(today.getYear(), today.getMonthValue()),
                "%d-%02d".formatted(today.minusMonths(1).getYear(), today.minusMonths(1).getMonthValue()),
                today.getYear() + "-Q" + q, previousQuarter.getYear() + "-Q" + pq, String.valueOf(today.getYear()),
                String.valueOf(today.getYear() - 1)).map(k -> named(k).orElseThrow()).toList();
    }

    private static boolean year(String y) {
        int v = Integer.parseInt(y);
        return v >= 2000 && v <= 2100;
    }
}

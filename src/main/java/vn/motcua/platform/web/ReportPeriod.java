package vn.motcua.platform.web;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.domain.SupportedDates;
import vn.motcua.platform.domain.TypedDate;

/**
 * The period a statistics page shows, from its {@code tu} and {@code den} parameters (typed day first, or ISO as links write them: {@link TypedDate}). A missing end is
 * today, a missing start comes from the page's default; a date that cannot be read, a date before 1900 or after 2999
 * (no office counted anything then, and day arithmetic at the ends of the calendar overflows), or a start after the
 * end, gives the default period with {@code corrected} set, so that the page says so instead of failing.
 */
public record ReportPeriod(LocalDate from, LocalDate to, boolean corrected) {

    static final LocalDate EARLIEST = SupportedDates.EARLIEST;
    static final LocalDate LATEST = SupportedDates.LATEST;

    public static ReportPeriod parse(String from, String to, LocalDate today, UnaryOperator<LocalDate> defaultStart) {
        try {
            LocalDate end = to == null || to.isBlank() ? today : TypedDate.parse(to);
            LocalDate start = from == null || from.isBlank() ? defaultStart.apply(end) : TypedDate.parse(from);
            if (!start.isAfter(end) && !start.isBefore(EARLIEST) && !end.isAfter(LATEST)) {
                return new ReportPeriod(start, end, false);
            }
        } catch (InvalidValueException e) {
            // the default period, said to be corrected
        }
        return new ReportPeriod(defaultStart.apply(today), today, true);
    }
}

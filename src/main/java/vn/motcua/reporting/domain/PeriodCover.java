package vn.motcua.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.reporting.domain.CountSums.Grain;

/**
 * The fewest counter rows that add up to a span of days: whole years from the year rows, whole months from the
 * month rows, the days left at either edge from the day rows. A span of five years reads five rows per key instead
 * of 1,826; the dossiers open at a day read the years, months and days before it.
 */
public final class PeriodCover {

    /** Before the first counted day. */
    public static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);
    /** After the last day that can be counted. */
    public static final LocalDate END = LocalDate.of(3000, 1, 1);

    /** The rows of one grain whose period is in [from, to). */
    public record Part(Grain grain, LocalDate from, LocalDate to) {
    }

    private PeriodCover() {
    }

    /** The parts covering the days in [from, to), using rows no coarser than {@code coarsest}. */
    public static List<Part> of(LocalDate from, LocalDate to, Grain coarsest) {
        var parts = new ArrayList<Part>();
        LocalDate day = from;
        while (day.isBefore(to)) {
            Grain grain = Grain.D;
            LocalDate next = day.plusDays(1);
            if (coarsest == Grain.Y && day.getDayOfYear() == 1 && !day.plusYears(1).isAfter(to)) {
                grain = Grain.Y;
                next = day.plusYears(1);
            } else if (coarsest != Grain.D && day.getDayOfMonth() == 1 && !day.plusMonths(1).isAfter(to)) {
                grain = Grain.M;
                next = day.plusMonths(1);
            }
            int last = parts.size() - 1;
            if (last >= 0 && parts.get(last).grain() == grain && parts.get(last).to().equals(day)) {
                parts.set(last, new Part(grain, parts.get(last).from(), next));
            } else {
                parts.add(new Part(grain, day, next));
            }
            day = next;
        }
        return parts;
    }
}

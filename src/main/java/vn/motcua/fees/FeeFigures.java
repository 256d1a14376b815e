package vn.motcua.fees;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.fees.persistence.FeeRows;

/**
 * The payment figures the "766" scorecard reads (indicator 3.6 as the national portal computes it): of the dossiers
 * the offices accepted in a period whose fee is not nothing (free, or exempted), how many were paid online.
 */
@Service
public class FeeFigures {

    private final FeeRows rows;

    FeeFigures(FeeRows rows) {
        this.rows = rows;
    }

    /** Dossiers with a fee to pay accepted in [from, to], and those of them paid online. */
    public record Payment(long feeBearing, long paidOnline) {
    }

    public Payment period(List<String> offices, LocalDate from, LocalDate to) {
        if (offices.isEmpty()) {
            return new Payment(0, 0);
        }
        var start = from.atStartOfDay(WorkingCalendars.ZONE).toInstant();
        var end = to.plusDays(1).atStartOfDay(WorkingCalendars.ZONE).toInstant();
        long[] figures = rows.paymentFigures(offices, start, end);
        return new Payment(figures[0], figures[1]);
    }
}

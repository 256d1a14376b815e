package vn.motcua.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalogue.ProcedureDemand;
import vn.motcua.reporting.persistence.DemandRows;

/** The catalogue's "most requested procedures", counted from the last twelve months of every office's dossiers. */
@Component
class MostRequestedProcedures implements ProcedureDemand {

    private final DemandRows rows;
    private final Clock clock;

    MostRequestedProcedures(DemandRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public List<String> mostRequested(int limit) {
        LocalDate month = LocalDate.now(clock.withZone(WorkingCalendars.ZONE)).withDayOfMonth(1).minusMonths(11);
        return rows.mostReceived(month, Math.max(1, Math.min(limit, 50)));
    }
}

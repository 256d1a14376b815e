package vn.motcua.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.queue.domain.VisitAdvice;
import vn.motcua.servicemodel.ServiceModels;

/**
 * When to come (public): for a procedure at an office (or the office alone), the next {@value #DAYS} days from its
 * calendar with the service models' sessions and same-day results, the usual crowd by weekday and hour from the
 * office's tickets of the past {@value #WEEKS} weeks, and the quietest hours ahead. Counts only: nothing personal.
 */
@Service
public class WhenToCome {

    public static final int DAYS = 7;
    public static final int WEEKS = 8;

    private final WorkingCalendars calendars;
    private final ServiceModels models;
    private final Catalogue catalogue;
    private final QueueFigures queue;
    private final Clock clock;

    WhenToCome(WorkingCalendars calendars, ServiceModels models, Catalogue catalogue, QueueFigures queue, Clock clock) {
        this.clock = clock;
        this.calendars = calendars;
        this.models = models;
        this.catalogue = catalogue;
        this.queue = queue;
    }

    /** The advice; {@code procedureCode} may be null (the office alone: no same-day result is promised). */
    public VisitAdvice advice(AgencyCode office, String procedureCode) {
        var calendar = calendars.of(office).orElseThrow(() -> new NotFoundException("No calendar for " + office));
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
        String field = null;
        if (procedureCode != null) {
            field = catalogue.versionOn(ProcedureCode.of(procedureCode), today).map(v -> v.field())
                    .orElseThrow(() -> new NotFoundException("No procedure " + procedureCode));
        }
        var coming = today.datesUntil(today.plusDays(DAYS)).map(calendar::day).toList();
        var arrivals = queue.figures(List.of(office.value()), today.minusWeeks(WEEKS), today.minusDays(1)).arrivals();
        return VisitAdvice.of(coming, models.of(office), procedureCode, field, arrivals, WEEKS,
                LocalDateTime.now(clock.withZone(WorkingCalendars.ZONE)));
    }
}

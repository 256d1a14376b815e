package vn.motcua.calendar;

import java.util.List;

import vn.motcua.calendar.domain.ExtraSession;
import vn.motcua.organization.domain.AgencyCode;

/**
 * Working time another module adds to an office's calendar (the service models' extended sessions, early
 * opening and Saturday reception). The calendar asks every source when it builds an office's calendar; a
 * source that changes calls {@link WorkingCalendars#invalidateAround}.
 */
public interface ExtraSessionSource {

    List<ExtraSession> extraSessions(AgencyCode office);
}

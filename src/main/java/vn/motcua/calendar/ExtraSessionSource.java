package vn.motcua.calendar;

import java.util.List;

import vn.motcua.calendar.domain.ExtraSession;
import vn.motcua.organization.domain.AgencyCode;

/**
 * Working time another module adds to an office's calendar (the service models' extended sessions, early
 * opening and Saturday reception). The calendar asks every source when it builds an office's calendar, and lists
 * the sessions with their source on the calendar page; a source that changes calls
 * {@link WorkingCalendars#invalidateAround}.
 */
public interface ExtraSessionSource {

    /** The sessions with where they are managed, every one the source has had, ended ones too. */
    List<SourcedSession> sourcedSessions(AgencyCode office);

    default List<ExtraSession> extraSessions(AgencyCode office) {
        return sourcedSessions(office).stream().map(SourcedSession::extra).toList();
    }

    /**
     * @param link the page of the member's own office where the session is changed (its source's row)
     */
    record SourcedSession(ExtraSession extra, String link) {
    }
}

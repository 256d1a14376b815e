package vn.motcua.calendar;

import java.time.LocalDateTime;
import java.util.List;

import vn.motcua.calendar.domain.Appointment;
import vn.motcua.organization.domain.AgencyCode;

/**
 * The due dates of an office's dossiers still in progress, which an edit of its calendar may move; the module that
 * keeps dossiers implements it, so that the calendar page can show what an edit would change before it is saved.
 */
public interface OpenDeadlines {

    /** At most {@code limit} dossiers received at the office and not yet finished, the earliest due first. */
    List<OpenDeadline> openAt(AgencyCode office, int limit);

    /**
     * @param appointment the appointment the dossier's clock runs on
     * @param dueAt the due instant it is judged against (the appointment's, pushed by suspensions)
     * @param suspended whether its clock is stopped (a supplement is awaited): the time left will count on the calendar
     *        in force when it runs again
     */
    record OpenDeadline(String code, Appointment appointment, LocalDateTime dueAt, boolean suspended) {
    }
}

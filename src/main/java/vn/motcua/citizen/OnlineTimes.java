package vn.motcua.citizen;

import java.time.Instant;
import java.time.LocalDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * The times of an online dossier, all from the office's calendar: when a dossier sent at any hour counts as received
 * (the start of the next working session when sent outside one), and by when the desk must check it
 * ({@code motcua.online.check-working-days}: by the close of that many working days after the day of receipt; 1 by
 * default, "by the end of the next working day").
 */
@Component
class OnlineTimes {

    private final WorkingCalendars calendars;
    private final int checkWorkingDays;

    OnlineTimes(WorkingCalendars calendars, @Value("${motcua.online.check-working-days:1}") int checkWorkingDays) {
        if (checkWorkingDays < 0 || checkWorkingDays > 10) {
            throw new IllegalArgumentException("motcua.online.check-working-days is 0 to 10");
        }
        this.calendars = calendars;
        this.checkWorkingDays = checkWorkingDays;
    }

    LocalDateTime receivedAt(AgencyCode office, Instant sent) {
        return calendar(office).clockStart(LocalDateTime.ofInstant(sent, WorkingCalendars.ZONE));
    }

    LocalDateTime checkDue(AgencyCode office, LocalDateTime received) {
        OfficeCalendar calendar = calendar(office);
        return calendar.closeOf(calendar.nthWorkingDayAfter(received.toLocalDate(), checkWorkingDays));
    }

    /** Working minutes from now to the check's due time; negative when it is overdue. */
    long workingMinutesLeft(AgencyCode office, Instant now, LocalDateTime due) {
        OfficeCalendar calendar = calendar(office);
        LocalDateTime at = LocalDateTime.ofInstant(now, WorkingCalendars.ZONE);
        return at.isAfter(due) ? -calendar.workingMinutesBetween(due, at) : calendar.workingMinutesBetween(at, due);
    }

    private OfficeCalendar calendar(AgencyCode office) {
        return calendars.of(office).orElseThrow(() -> new InvalidValueException("office.unknown", "No calendar for " + office));
    }
}

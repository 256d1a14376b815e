package vn.motcua.dossier.domain;

import java.time.LocalDateTime;
import java.time.LocalTime;

import vn.motcua.calendar.domain.Deadlines;
import vn.motcua.calendar.domain.OfficeCalendar;

/**
 * The rules of the workflow that the law or an office may change (dated configuration, read per office):
 * how long after reception a supplement may be requested, when paper dossiers must reach the competent
 * unit, and the working minutes a "due soon" warning starts.
 *
 * @param supplementWindowDays a supplement is requested within this many working days of reception
 * @param transferCutoff paper received at or after this time goes at the start of the next working day
 * @param transferGraceMinutes working minutes the next day's transfer may take
 */
public record DossierRules(int supplementWindowDays, LocalTime transferCutoff, long transferGraceMinutes) {

    public static final DossierRules DEFAULT = new DossierRules(3, LocalTime.of(15, 0), 60);

    /** When a dossier received at {@code receivedAt} must be with the competent unit. */
    public LocalDateTime transferDue(OfficeCalendar calendar, LocalDateTime receivedAt) {
        return Deadlines.transferDue(calendar, receivedAt, transferCutoff, transferGraceMinutes);
    }

    /** These rules with the procedure's own supplement window, when it states one. */
    public DossierRules forProcedure(ProcedureSnapshot procedure) {
        return procedure.supplementWindowDays() == null ? this
                : new DossierRules(procedure.supplementWindowDays(), transferCutoff, transferGraceMinutes);
    }

    /** The last instant a supplement may be requested for a dossier received at {@code receivedAt}. */
    public LocalDateTime supplementDeadline(OfficeCalendar calendar, LocalDateTime receivedAt) {
        return Deadlines.supplementDeadline(calendar, receivedAt, supplementWindowDays);
    }
}

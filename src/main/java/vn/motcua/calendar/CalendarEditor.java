package vn.motcua.calendar;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.CalendarChange.AddExtraSession;
import vn.motcua.calendar.CalendarChange.AddSeason;
import vn.motcua.calendar.CalendarChange.InheritAgain;
import vn.motcua.calendar.CalendarChange.PutException;
import vn.motcua.calendar.CalendarChange.RemoveException;
import vn.motcua.calendar.CalendarChange.RemoveExtraSession;
import vn.motcua.calendar.CalendarChange.RemoveSeason;
import vn.motcua.calendar.CalendarChange.ReplaceWeeklyHours;
import vn.motcua.calendar.CalendarChange.SetConvention;
import vn.motcua.calendar.CalendarPreview.MovedDue;
import vn.motcua.calendar.domain.CalendarDifference;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.calendar.persistence.CalendarRulesRepository;
import vn.motcua.calendar.persistence.CalendarRulesWriter;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;

/**
 * Edits offices' own calendars for administrators of the office or an office above it. The first edit
 * of an inheriting office gives it a copy of what it inherited. Every edit is checked against the
 * version the administrator saw, validated as a whole calendar, audited, and drops the cached calendars
 * once committed.
 */
@Service
public class CalendarEditor {

    private final WorkingCalendars calendars;
    private final CalendarRulesRepository repository;
    private final CalendarRulesWriter writer;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate rolledBack;
    private final ObjectProvider<OpenDeadlines> openDeadlines;

    CalendarEditor(WorkingCalendars calendars, CalendarRulesRepository repository, CalendarRulesWriter writer,
            Offices offices, AuditTrail audit, Clock clock, PlatformTransactionManager transactions,
            ObjectProvider<OpenDeadlines> openDeadlines) {
        this.calendars = calendars;
        this.repository = repository;
        this.writer = writer;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
        this.rolledBack = new TransactionTemplate(transactions);
        this.openDeadlines = openDeadlines;
    }

    /** Whether the member may edit the office's calendar: it is their office or one below it. */
    public boolean mayEdit(OfficeMember member, AgencyCode office) {
        return offices.subtreeOf(AgencyCode.of(member.officeCode())).stream().anyMatch(a -> a.code().equals(office));
    }

    @Transactional
    public void change(AgencyCode office, int seenVersion, OfficeMember actor, CalendarChange change) {
        if (!mayEdit(actor, office)) {
            throw new AccessDeniedException(actor.getUsername() + " may not edit the calendar of " + office);
        }
        CalendarSettings settings = calendars.settings(office)
                .orElseThrow(() -> new NotFoundException("No office with the code " + office));
        write(settings, seenVersion, change);
        audit.record(new AuditEntry(clock.instant(), actor.getUsername(), actor.officeCode(), "calendar.change",
                "calendar:" + office.value(), change.describe()));
        calendars.invalidateAround(TransactionSynchronizationManager::registerSynchronization);
    }

    /**
     * What the change would do, without saving it: it is applied in a transaction that is rolled back, and the office's
     * calendar built inside it is compared with the one in force — the days of the coming months whose working time
     * changes, and the open dossiers whose due date it would compute differently. Refused as {@link #change} would be.
     */
    public CalendarPreview preview(AgencyCode office, int seenVersion, OfficeMember actor, CalendarChange change) {
        if (!mayEdit(actor, office)) {
            throw new AccessDeniedException(actor.getUsername() + " may not edit the calendar of " + office);
        }
        CalendarSettings settings = calendars.settings(office)
                .orElseThrow(() -> new NotFoundException("No office with the code " + office));
        OfficeCalendar before = calendars.of(office).orElseThrow();
        OfficeCalendar after = rolledBack.execute(status -> {
            status.setRollbackOnly();
            write(settings, seenVersion, change);
            return calendars.build(office);
        });
        var difference = new CalendarDifference(before, after);
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
        var days = difference.days(today, today.plusDays(CalendarPreview.DAYS_AHEAD));
        var moved = new java.util.ArrayList<MovedDue>();
        for (var open : openDeadlines.getIfAvailable(() -> (o, limit) -> java.util.List.of()).openAt(office, MAX_DOSSIERS)) {
            difference.movedDue(open.appointment(), open.dueAt()).ifPresent(due -> moved.add(new MovedDue(open.code(),
                    open.dueAt(), due, !difference.workingOnNewCalendar(open.dueAt()), open.suspended())));
        }
        boolean asksUse = change instanceof AddExtraSession add
                && add.extra().days().stream().anyMatch(day -> settings.hours().on(day).isEmpty());
        return new CalendarPreview(days.stream().limit(CalendarPreview.LISTED).toList(), days.size(),
                moved.stream().limit(CalendarPreview.LISTED).toList(), moved.size(), asksUse);
    }

    /** The open dossiers a preview looks at: an office's open dossiers are far fewer. */
    static final int MAX_DOSSIERS = 5_000;

    /** Writes the change against the version seen, and checks the calendar it leaves. */
    private void write(CalendarSettings settings, int seenVersion, CalendarChange change) {
        AgencyCode office = settings.office();
        if (change instanceof InheritAgain) {
            if (settings.isOwn()) {
                requireVersion(office, seenVersion);
                writer.removeOwn(office);
            }
        } else {
            takeOwnership(settings, seenVersion);
            apply(office, change);
            checkConsistent(office);
        }
    }

    private void takeOwnership(CalendarSettings settings, int seenVersion) {
        if (settings.isOwn()) {
            requireVersion(settings.office(), seenVersion);
            return;
        }
        try {
            writer.adopt(settings);
        } catch (DuplicateKeyException raced) {
            throw new CalendarChangedException(settings.office().value());
        }
    }

    private void requireVersion(AgencyCode office, int seenVersion) {
        if (!writer.advanceVersion(office, seenVersion)) {
            throw new CalendarChangedException(office.value());
        }
    }

    private void apply(AgencyCode office, CalendarChange change) {
        switch (change) {
            case ReplaceWeeklyHours c -> writer.replaceWeeklyHours(office, c.hours());
            case SetConvention c -> writer.setConvention(office, c.convention());
            case AddExtraSession c -> writer.addExtraSession(office, c.extra());
            case RemoveExtraSession c -> writer.removeExtraSession(office, c.id());
            case AddSeason c -> writer.addSeason(office, c.season());
            case RemoveSeason c -> writer.removeSeason(office, c.id());
            case PutException c -> writer.putException(office, c.exception());
            case RemoveException c -> writer.removeException(office, c.day());
            case InheritAgain c -> writer.removeOwn(office);
        }
    }

    /**
     * Builds the edited calendar and looks for working time after today: an office left without any
     * (every session removed) is refused, and the transaction rolls back.
     */
    private void checkConsistent(AgencyCode office) {
        var calendar = new OfficeCalendar(repository.ownRules(office).orElseThrow());
        calendar.nextWorkingDayAfter(LocalDate.now(clock.withZone(WorkingCalendars.ZONE)));
    }
}

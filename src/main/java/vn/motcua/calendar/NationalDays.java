package vn.motcua.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.domain.DayException;
import vn.motcua.calendar.domain.HolidayProposal;
import vn.motcua.calendar.persistence.CalendarRulesRepository;
import vn.motcua.calendar.persistence.CalendarRulesWriter;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;

/**
 * The official days off and make-up working days that every office's calendar starts from. Only an
 * administrator of a top-level office changes them, each change with a reason, audited. A future year's
 * holidays are only ever proposed; the administrator confirms the days to apply.
 */
@Service
public class NationalDays {

    private final CalendarRulesRepository repository;
    private final CalendarRulesWriter writer;
    private final WorkingCalendars calendars;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    NationalDays(CalendarRulesRepository repository, CalendarRulesWriter writer, WorkingCalendars calendars,
            Offices offices, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.writer = writer;
        this.calendars = calendars;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** How a proposed day compares with what is already recorded for that date. */
    public enum Standing { NEW, SAME, DIFFERENT }

    public record ProposedDay(DayException proposed, DayException recorded, Standing standing) {
    }

    public List<DayException> inYear(int year) {
        return repository.nationalDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Only administrators of a top-level office (no parent) edit the national days. */
    public boolean mayEdit(OfficeMember member) {
        return offices.find(AgencyCode.of(member.officeCode())).filter(a -> a.parent().isEmpty()).isPresent();
    }

    @Transactional
    public void put(DayException day, String reason, OfficeMember actor) {
        check(actor, reason);
        if (day.kind() == DayException.Kind.CLOSURE) {
            throw new InvalidValueException("nationalDay.kind", "A closure belongs to one office, not to the nation");
        }
        var before = writer.nationalDay(day.date());
        writer.putNationalDay(day, actor.getUsername());
        record(actor, day.date(), (before.isPresent() ? "changed " + describe(before.get()) + " to " : "added ")
                + describe(day), reason);
    }

    /** Removes the day and says whether there was one. */
    @Transactional
    public boolean remove(LocalDate date, String reason, OfficeMember actor) {
        check(actor, reason);
        var before = writer.nationalDay(date);
        if (before.isEmpty()) {
            return false;
        }
        writer.removeNationalDay(date);
        record(actor, date, "removed " + describe(before.get()), reason);
        return true;
    }

    /** The year's holidays by the Labour Code, each compared with what is recorded. Nothing is saved. */
    public List<ProposedDay> proposal(int year) {
        Map<LocalDate, DayException> recorded = inYear(year).stream()
                .collect(Collectors.toMap(DayException::date, Function.identity()));
        return HolidayProposal.forYear(year).stream().map(p -> {
            DayException existing = recorded.get(p.date());
            Standing standing = existing == null ? Standing.NEW
                    : existing.kind() == p.kind() && existing.name().equals(p.name()) ? Standing.SAME : Standing.DIFFERENT;
            return new ProposedDay(p, existing, standing);
        }).toList();
    }

    /** Applies the proposed days the administrator ticked; returns how many were written. */
    @Transactional
    public int confirm(int year, Collection<LocalDate> chosen, String reason, OfficeMember actor) {
        check(actor, reason);
        int written = 0;
        for (ProposedDay day : proposal(year)) {
            if (chosen.contains(day.proposed().date()) && day.standing() != Standing.SAME) {
                put(day.proposed(), reason, actor);
                written++;
            }
        }
        return written;
    }

    private void check(OfficeMember actor, String reason) {
        if (!mayEdit(actor)) {
            throw new AccessDeniedException(actor.getUsername() + " may not edit the national days");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("nationalDay.reason", "Every change of a national day needs a reason");
        }
    }

    private void record(OfficeMember actor, LocalDate date, String what, String reason) {
        audit.record(new AuditEntry(clock.instant(), actor.getUsername(), actor.officeCode(), "nationalDay.change",
                "national-day:" + date, what + "; reason: " + reason.strip()));
        calendars.invalidateAround(TransactionSynchronizationManager::registerSynchronization);
    }

    private static String describe(DayException day) {
        return day.kind() + " " + Objects.toString(day.name(), "");
    }
}

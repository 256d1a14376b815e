package vn.motcua.servicemodel;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.identity.StaffAccounts;
import vn.motcua.identity.domain.StaffAccount;
import vn.motcua.identity.domain.StaffRole;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.servicemodel.domain.RosterDay;
import vn.motcua.servicemodel.domain.ServiceModel;
import vn.motcua.servicemodel.domain.ServiceModelKind;
import vn.motcua.servicemodel.persistence.ServiceModelRepository;

/**
 * Who staffs the model days: the leader on duty and the staff or volunteers of each day a model that needs
 * people is in force (an added session, a no-appointment day, or any model that asks for a leader on duty).
 */
@Service
public class DutyRosters {

    /** One model on one working day, with who staffs it (an empty roster day while no one is assigned). */
    public record Slot(ServiceModel model, LocalDate day, RosterDay roster, String leaderName) {
        public boolean missingLeader() {
            return model.leaderOnDuty() && !roster.hasLeader();
        }
    }

    private final ServiceModelRepository repository;
    private final ServiceModels models;
    private final WorkingCalendars calendars;
    private final StaffAccounts staff;
    private final AuditTrail audit;
    private final Clock clock;

    DutyRosters(ServiceModelRepository repository, ServiceModels models, WorkingCalendars calendars, StaffAccounts staff,
            AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.models = models;
        this.calendars = calendars;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The model days from Monday to Sunday of the week that holds {@code anyDay}. */
    public List<Slot> week(AgencyCode office, LocalDate anyDay) {
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return between(office, monday, monday.plusDays(6));
    }

    /** The model days between the dates (both included), day by day. */
    public List<Slot> between(AgencyCode office, LocalDate from, LocalDate to) {
        OfficeCalendar calendar = calendars.of(office).orElseThrow(() -> new NotFoundException("No office " + office));
        Map<String, RosterDay> assigned = repository.roster(office, from, to).stream()
                .collect(Collectors.toMap(r -> r.modelId() + " " + r.day(), Function.identity()));
        Map<String, String> names = staff.staffOf(office).stream()
                .collect(Collectors.toMap(a -> a.username().value(), StaffAccount::fullName, (a, b) -> a));
        var slots = new ArrayList<Slot>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!calendar.day(day).isWorking()) {
                continue;
            }
            for (ServiceModel m : models.inForceOn(office, day)) {
                if (needsStaff(m)) {
                    RosterDay r = assigned.getOrDefault(m.id() + " " + day, new RosterDay(m.id(), day, null, ""));
                    slots.add(new Slot(m, day, r, r.leader() == null ? null : names.getOrDefault(r.leader(), r.leader())));
                }
            }
        }
        return slots;
    }

    /** The model days from today to two weeks ahead that need a leader on duty and have none. */
    public List<Slot> missingLeaders(AgencyCode office) {
        LocalDate today = models.today();
        return between(office, today, today.plusDays(13)).stream().filter(Slot::missingLeader).toList();
    }

    /** The leader on duty at the office on the day, by name, if the roster names one. */
    public Optional<String> leaderOnDuty(AgencyCode office, LocalDate day) {
        return between(office, day, day).stream().filter(s -> s.leaderName() != null).map(Slot::leaderName).findFirst();
    }

    /** The office's administrator or a leader names who staffs a model day; the leader must be a leader of the office. */
    @Transactional
    public void assign(AgencyCode office, long modelId, LocalDate day, String leader, String people, OfficeMember by) {
        if (!by.officeCode().equals(office.value()) || !(by.isAdmin() || by.holds(StaffRole.LEADER.name()))) {
            throw new AccessDeniedException(by.getUsername() + " may not change the duty roster of " + office);
        }
        ServiceModel model = models.find(office, modelId).orElseThrow(() -> new NotFoundException("No model " + modelId));
        if (!model.inForceOn(day)) {
            throw new InvalidValueException("roster.day", "The model is not in force on " + day);
        }
        var roster = new RosterDay(modelId, day, leader, people);
        if (roster.hasLeader() && staff.staffOf(office).stream().noneMatch(a -> a.username().value().equals(roster.leader())
                && a.enabled() && a.roles().contains(StaffRole.LEADER))) {
            throw new InvalidValueException("roster.leader", "The leader on duty is a leader of the office");
        }
        repository.save(roster, by.getUsername());
        audit.record(new AuditEntry(clock.instant(), by.getUsername(), office.value(), "roster.assigned",
                "service-model:" + modelId, day + ": leader " + roster.leader() + "; staff " + roster.staff()));
    }

    private static boolean needsStaff(ServiceModel m) {
        return m.leaderOnDuty() || m.kind().addsSession() || m.kind() == ServiceModelKind.NO_APPOINTMENT_DAY;
    }
}

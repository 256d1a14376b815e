package vn.motcua.servicemodel;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.ExtraSessionSource;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.database.SharedCaches;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.domain.Remembered;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.servicemodel.domain.ReceptionModels;
import vn.motcua.servicemodel.domain.ServiceModel;
import vn.motcua.servicemodel.domain.ServiceModelKind;
import vn.motcua.servicemodel.persistence.ServiceModelRepository;

/**
 * Each office's service models: what is in force on a day, which apply to a dossier at reception, and the
 * working time they add to the office's calendar. An office's administrator adds a model from a start date and
 * ends it on a date; a model is never deleted, so its statistics stay.
 */
@Service
public class ServiceModels implements ExtraSessionSource {

    private final ServiceModelRepository repository;
    private final WorkingCalendars calendars;
    private final AuditTrail audit;
    private final Clock clock;
    private final Remembered<AgencyCode, List<ServiceModel>> recent;

    private final SharedCaches shared;

    ServiceModels(ServiceModelRepository repository, WorkingCalendars calendars, AuditTrail audit, Clock clock,
            SharedCaches shared) {
        this.repository = repository;
        this.calendars = calendars;
        this.audit = audit;
        this.clock = clock;
        this.shared = shared;
        this.recent = new Remembered<>(Duration.ofSeconds(10));
        shared.register(CACHE, recent, AgencyCode::of);
    }

    private static final String CACHE = "service-models";

    /** Every model the office has had, oldest first. Read at every acceptance, so remembered for a few seconds. */
    public List<ServiceModel> of(AgencyCode office) {
        return recent.get(office, repository::of);
    }

    public Optional<ServiceModel> find(AgencyCode office, long id) {
        return of(office).stream().filter(m -> m.id() == id).findFirst();
    }

    public List<ServiceModel> inForceOn(AgencyCode office, LocalDate day) {
        return of(office).stream().filter(m -> m.inForceOn(day)).toList();
    }

    /** The models in force at some time between the dates (both included). */
    public List<ServiceModel> overlapping(AgencyCode office, LocalDate from, LocalDate to) {
        return of(office).stream().filter(m -> m.overlaps(from, to)).toList();
    }

    public boolean inForce(AgencyCode office, ServiceModelKind kind, LocalDate day) {
        return inForceOn(office, day).stream().anyMatch(m -> m.kind() == kind);
    }

    /** The models that apply to a dossier of the procedure received at the office at the instant. */
    public ReceptionModels atReception(AgencyCode office, LocalDateTime receivedAt, String procedureCode, String field,
            boolean assisted) {
        return ReceptionModels.at(of(office), receivedAt, procedureCode, field, assisted);
    }

    @Override
    public List<SourcedSession> sourcedSessions(AgencyCode office) {
        return repository.of(office).stream().flatMap(m -> m.extraSession().stream()
                .map(extra -> new SourcedSession(extra, "/quan-tri/mo-hinh#model-" + m.id()))).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
    }

    /** The office's administrator switches a model on from its start date (today or later). */
    @Transactional
    public long add(ServiceModel model, OfficeMember admin) {
        requireAdminOf(model.office(), admin);
        if (model.validFrom().isBefore(today())) {
            throw new InvalidValueException("serviceModel.from.past", "A model starts today or later");
        }
        long id = repository.insert(model, admin.getUsername());
        changed(model.office(), admin, "serviceModel.added", id, model.kind() + " \"" + model.publicName() + "\" from "
                + model.validFrom() + (model.validUntil() == null ? "" : " until " + model.validUntil()));
        return id;
    }

    /**
     * Records a model an office already had, whatever its start date (demo data, migration from another system),
     * unless the office has a model of that kind starting that day; returns whether it was added.
     */
    @Transactional
    public boolean register(ServiceModel model, String actor) {
        boolean known = repository.of(model.office()).stream()
                .anyMatch(m -> m.kind() == model.kind() && m.validFrom().equals(model.validFrom()));
        if (known) {
            return false;
        }
        long id = repository.insert(model, actor);
        audit.record(new AuditEntry(clock.instant(), actor, model.office().value(), "serviceModel.registered",
                "service-model:" + id, model.kind() + " from " + model.validFrom()));
        shared.changed(CACHE, model.office().value());
        calendars.invalidateAround(TransactionSynchronizationManager::registerSynchronization);
        return true;
    }

    /** The office's administrator ends a model on a day (not before today, nor before it started). */
    @Transactional
    public void end(AgencyCode office, long id, LocalDate lastDay, OfficeMember admin) {
        requireAdminOf(office, admin);
        ServiceModel model = repository.find(id).filter(m -> m.office().equals(office))
                .orElseThrow(() -> new NotFoundException("No service model " + id + " at " + office));
        if (lastDay.isBefore(today().minusDays(1))) {
            throw new InvalidValueException("serviceModel.until.past", "A model ends yesterday at the earliest");
        }
        model.endingOn(lastDay);
        repository.end(id, lastDay, admin.getUsername());
        changed(office, admin, "serviceModel.ended", id, model.publicName() + " ends after " + lastDay);
    }

    private void changed(AgencyCode office, OfficeMember admin, String action, long id, String detail) {
        audit.record(new AuditEntry(clock.instant(), admin.getUsername(), office.value(), action, "service-model:" + id, detail));
        shared.changed(CACHE, office.value());
        calendars.invalidateAround(TransactionSynchronizationManager::registerSynchronization);
    }

    private static void requireAdminOf(AgencyCode office, OfficeMember member) {
        if (!member.isAdmin() || !member.officeCode().equals(office.value())) {
            throw new AccessDeniedException(member.getUsername() + " may not change the service models of " + office);
        }
    }
}

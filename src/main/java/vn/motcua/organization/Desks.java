package vn.motcua.organization;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.organization.domain.Counter;
import vn.motcua.organization.domain.OneStopDesk;
import vn.motcua.organization.persistence.DeskRows;
import vn.motcua.platform.domain.InvalidValueException;

/** The one-stop desks of agencies and their counters: part of the organization module's published API. */
@Service
public class Desks {

    private final DeskRows rows;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    Desks(DeskRows rows, Offices offices, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The agency's desks with their counters, by name and number. */
    public List<OneStopDesk> of(AgencyCode agency) {
        return rows.of(agency);
    }

    /** The counter with its desk's agency, when it exists. */
    public Optional<Counter> counter(long id) {
        return rows.counter(id);
    }

    /** The agency a counter belongs to. */
    public Optional<AgencyCode> agencyOf(Counter counter) {
        return rows.agencyOfDesk(counter.deskId());
    }

    @Transactional
    public OneStopDesk addDesk(OneStopDesk desk, String actor) {
        if (offices.find(desk.agency()).isEmpty()) {
            throw new UnknownAgencyException(desk.agency());
        }
        try {
            long id = rows.insertDesk(desk);
            record(actor, desk.agency(), "desk.created", "desk " + id + ": " + desk.name());
            return new OneStopDesk(id, desk.agency(), desk.name(), desk.address(), desk.phone(), desk.hotline(), List.of());
        } catch (DuplicateKeyException e) {
            throw new InvalidValueException("desk.name.taken", "The agency already has a desk of that name");
        }
    }

    /** Adds a counter to one of the agency's desks; two administrators cannot add the same number. */
    @Transactional
    public Counter addCounter(AgencyCode agency, Counter counter, String actor) {
        OneStopDesk desk = of(agency).stream().filter(d -> d.id() == counter.deskId()).findFirst()
                .orElseThrow(() -> new InvalidValueException("desk.unknown", "No such desk at " + agency));
        desk.checkNumberFree(counter.number());
        try {
            long id = rows.insertCounter(counter);
            record(actor, agency, "counter.created", "counter " + counter.title() + " at desk " + desk.name()
                    + ", fields " + counter.fields());
            return new Counter(id, counter.deskId(), counter.number(), counter.label(), counter.fields(), counter.active());
        } catch (DuplicateKeyException e) {
            throw new InvalidValueException("counter.number.taken", "Counter " + counter.number() + " already exists");
        }
    }

    /** Opens or closes a counter of the agency. */
    @Transactional
    public void setActive(AgencyCode agency, long counterId, boolean active, String actor) {
        if (!rows.setActive(agency, counterId, active)) {
            throw new InvalidValueException("counter.unknown", "No such counter at " + agency);
        }
        record(actor, agency, "counter.changed", "counter " + counterId + (active ? " opened" : " closed"));
    }

    private void record(String actor, AgencyCode agency, String action, String detail) {
        audit.record(new AuditEntry(clock.instant(), actor, agency.value(), action, "agency:" + agency, detail));
    }
}

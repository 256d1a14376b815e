package vn.motcua.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.organization.domain.Counter;
import vn.motcua.organization.domain.OneStopDesk;
import vn.motcua.platform.domain.InvalidValueException;

/** The one-stop desks of agencies and their counters: part of the organization module's published API. */
@Service
public class Desks {

    private final JdbcClient jdbc;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    Desks(JdbcClient jdbc, Offices offices, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The agency's desks with their counters, by name and number. */
    public List<OneStopDesk> of(AgencyCode agency) {
        Map<Long, List<Counter>> counters = jdbc.sql("""
                select c.* from service_counter c join one_stop_desk d on d.id = c.desk_id
                where d.agency_code = ? order by c.number
                """).param(agency.value()).query(Desks::counter).list().stream()
                .collect(Collectors.groupingBy(Counter::deskId));
        return jdbc.sql("select * from one_stop_desk where agency_code = ? order by name").param(agency.value())
                .query((rs, n) -> new OneStopDesk(rs.getLong("id"), AgencyCode.of(rs.getString("agency_code")),
                        rs.getString("name"), rs.getString("address"), counters.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** The counter with its desk's agency, when it exists. */
    public Optional<Counter> counter(long id) {
        return jdbc.sql("select * from service_counter where id = ?").param(id).query(Desks::counter).optional();
    }

    /** The agency a counter belongs to. */
    public Optional<AgencyCode> agencyOf(Counter counter) {
        return jdbc.sql("select agency_code from one_stop_desk where id = ?").param(counter.deskId())
                .query(String.class).optional().map(AgencyCode::of);
    }

    @Transactional
    public OneStopDesk addDesk(OneStopDesk desk, String actor) {
        if (offices.find(desk.agency()).isEmpty()) {
            throw new UnknownAgencyException(desk.agency());
        }
        try {
            long id = jdbc.sql("insert into one_stop_desk (agency_code, name, address) values (?, ?, ?) returning id")
                    .params(desk.agency().value(), desk.name(), desk.address()).query(Long.class).single();
            record(actor, desk.agency(), "desk.created", "desk " + id + ": " + desk.name());
            return new OneStopDesk(id, desk.agency(), desk.name(), desk.address(), List.of());
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
            long id = jdbc.sql("""
                    insert into service_counter (desk_id, number, label, fields, active)
                    values (?, ?, ?, cast(? as varchar(200)[]), ?) returning id
                    """).params(counter.deskId(), counter.number(), counter.label(), counter.fields().toArray(String[]::new), counter.active())
                    .query(Long.class).single();
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
        int changed = jdbc.sql("""
                update service_counter set active = ? where id = ?
                and desk_id in (select id from one_stop_desk where agency_code = ?)
                """).params(active, counterId, agency.value()).update();
        if (changed == 0) {
            throw new InvalidValueException("counter.unknown", "No such counter at " + agency);
        }
        record(actor, agency, "counter.changed", "counter " + counterId + (active ? " opened" : " closed"));
    }

    private void record(String actor, AgencyCode agency, String action, String detail) {
        audit.record(new AuditEntry(clock.instant(), actor, agency.value(), action, "agency:" + agency, detail));
    }

    private static Counter counter(ResultSet rs, int row) throws SQLException {
        return new Counter(rs.getLong("id"), rs.getLong("desk_id"), rs.getInt("number"), rs.getString("label"),
                Arrays.asList((String[]) rs.getArray("fields").getArray()), rs.getBoolean("active"));
    }
}

package vn.motcua.organization.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.organization.domain.Counter;
import vn.motcua.organization.domain.OneStopDesk;

/**
 * The {@code one_stop_desk} and {@code service_counter} tables. A duplicate desk name or counter number is refused by
 * the database ({@code DuplicateKeyException}), so two administrators cannot add the same one.
 */
@Repository
public class DeskRows {

    private final JdbcClient jdbc;

    DeskRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The agency's desks with their counters, by name and number. */
    public List<OneStopDesk> of(AgencyCode agency) {
        Map<Long, List<Counter>> counters = jdbc.sql("""
                select c.* from service_counter c join one_stop_desk d on d.id = c.desk_id
                where d.agency_code = ? order by c.number
                """).param(agency.value()).query(DeskRows::counter).list().stream()
                .collect(Collectors.groupingBy(Counter::deskId));
        return jdbc.sql("select * from one_stop_desk where agency_code = ? order by name").param(agency.value())
                .query((rs, n) -> new OneStopDesk(rs.getLong("id"), AgencyCode.of(rs.getString("agency_code")),
                        rs.getString("name"), rs.getString("address"), rs.getString("phone"), rs.getString("hotline"),
                        counters.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    public Optional<Counter> counter(long id) {
        return jdbc.sql("select * from service_counter where id = ?").param(id).query(DeskRows::counter).optional();
    }

    public Optional<AgencyCode> agencyOfDesk(long deskId) {
        return jdbc.sql("select agency_code from one_stop_desk where id = ?").param(deskId)
                .query(String.class).optional().map(AgencyCode::of);
    }

    /** Adds the desk; returns its id. */
    public long insertDesk(OneStopDesk desk) {
        return jdbc.sql("insert into one_stop_desk (agency_code, name, address, phone, hotline) values (?, ?, ?, ?, ?) returning id")
                .params(desk.agency().value(), desk.name(), desk.address(), desk.phone(), desk.hotline()).query(Long.class).single();
    }

    /** Adds the counter; returns its id. */
    public long insertCounter(Counter counter) {
        return jdbc.sql("""
                insert into service_counter (desk_id, number, label, fields, active)
                values (?, ?, ?, cast(? as varchar(200)[]), ?) returning id
                """).params(counter.deskId(), counter.number(), counter.label(), counter.fields().toArray(String[]::new),
                        counter.active())
                .query(Long.class).single();
    }

    /** Opens or closes a counter of the agency; returns whether there was one. */
    public boolean setActive(AgencyCode agency, long counterId, boolean active) {
        return jdbc.sql("""
                update service_counter set active = ? where id = ?
                and desk_id in (select id from one_stop_desk where agency_code = ?)
                """).params(active, counterId, agency.value()).update() > 0;
    }

    private static Counter counter(ResultSet rs, int row) throws SQLException {
        return new Counter(rs.getLong("id"), rs.getLong("desk_id"), rs.getInt("number"), rs.getString("label"),
                Arrays.asList((String[]) rs.getArray("fields").getArray()), rs.getBoolean("active"));
    }
}

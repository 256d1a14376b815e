package vn.motcua.servicemodel.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.servicemodel.domain.RosterDay;
import vn.motcua.servicemodel.domain.ServiceModel;
import vn.motcua.servicemodel.domain.ServiceModelKind;

/** Stores service models (never deleted, only ended) and the duty rosters of their days. */
@Repository
public class ServiceModelRepository {

    private final JdbcClient jdbc;

    ServiceModelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ServiceModel> of(AgencyCode office) {
        return jdbc.sql("select * from service_model where office_code = ? order by valid_from, id").param(office.value())
                .query(ServiceModelRepository::model).list();
    }

    public Optional<ServiceModel> find(long id) {
        return jdbc.sql("select * from service_model where id = ?").param(id).query(ServiceModelRepository::model).optional();
    }

    public long insert(ServiceModel m, String by) {
        return jdbc.sql("""
                insert into service_model (office_code, kind, public_name, valid_from, valid_until, weekdays, starts, ends,
                    fields, procedures, slip_printed, leader_on_duty, updated_by)
                values (:office, :kind, :name, :from, :until, cast(:weekdays as smallint[]), :starts, :ends,
                    cast(:fields as text[]), cast(:procedures as text[]), :slip, :leader, :by)
                returning id
                """)
                .param("office", m.office().value()).param("kind", m.kind().name()).param("name", m.publicName())
                .param("from", m.validFrom()).param("until", m.validUntil())
                .param("weekdays", m.weekdays().stream().map(d -> String.valueOf(d.getValue())).sorted()
                        .collect(Collectors.joining(",", "{", "}")))
                .param("starts", m.session() == null ? null : m.session().start())
                .param("ends", m.session() == null ? null : m.session().end())
                .param("fields", textArray(m.fields())).param("procedures", textArray(m.procedures()))
                .param("slip", m.slipPrinted()).param("leader", m.leaderOnDuty()).param("by", by)
                .query(Long.class).single();
    }

    public void end(long id, LocalDate until, String by) {
        jdbc.sql("update service_model set valid_until = ?, updated_by = ?, updated_at = now() where id = ?")
                .params(until, by, id).update();
    }

    /** The roster days of the office's models between the dates (both included). */
    public List<RosterDay> roster(AgencyCode office, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select r.model_id, r.day, r.leader, r.staff from duty_roster r join service_model m on m.id = r.model_id
                where m.office_code = ? and r.day between ? and ? order by r.day, r.model_id
                """).params(office.value(), from, to)
                .query((rs, n) -> new RosterDay(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4)))
                .list();
    }

    public void save(RosterDay day, String by) {
        jdbc.sql("""
                insert into duty_roster (model_id, day, leader, staff, updated_by) values (?, ?, ?, ?, ?)
                on conflict (model_id, day) do update set leader = excluded.leader, staff = excluded.staff,
                    updated_by = excluded.updated_by, updated_at = now()
                """).params(day.modelId(), day.day(), day.leader(), day.staff(), by).update();
    }

    private static String textArray(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static ServiceModel model(ResultSet rs, int row) throws SQLException {
        LocalTime starts = rs.getObject("starts", LocalTime.class);
        LocalTime ends = rs.getObject("ends", LocalTime.class);
        var until = rs.getDate("valid_until");
        return new ServiceModel(rs.getLong("id"), AgencyCode.of(rs.getString("office_code")),
                ServiceModelKind.valueOf(rs.getString("kind")), rs.getString("public_name"),
                rs.getDate("valid_from").toLocalDate(), until == null ? null : until.toLocalDate(),
                Arrays.stream((Short[]) rs.getArray("weekdays").getArray()).map(d -> DayOfWeek.of(d))
                        .collect(Collectors.toSet()),
                starts == null || ends == null ? null : new WorkingSession(starts, ends, null),
                strings(rs.getArray("fields")), strings(rs.getArray("procedures")),
                rs.getBoolean("slip_printed"), rs.getBoolean("leader_on_duty"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}

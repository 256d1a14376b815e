package vn.motcua.calendar.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.domain.CalendarRules;
import vn.motcua.calendar.domain.DayCountConvention;
import vn.motcua.calendar.domain.DayException;
import vn.motcua.calendar.domain.ExtraSession;
import vn.motcua.calendar.domain.WeeklyHours;
import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.organization.domain.AgencyCode;

/** Reads an office's calendar rules and the national days off from the calendar module's tables. */
@Repository
public class CalendarRulesRepository {

    private final JdbcClient jdbc;

    CalendarRulesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean hasOwnCalendar(AgencyCode office) {
        return jdbc.sql("select count(*) from office_calendar where office_code = ?").param(office.value())
                .query(Integer.class).single() > 0;
    }

    /** The office's own rules; standard hours and the Civil Code when it has none of its own. */
    public CalendarRules rulesOf(AgencyCode office) {
        var exceptions = new ArrayList<>(nationalDays());
        if (!hasOwnCalendar(office)) {
            return CalendarRules.standard(exceptions);
        }
        exceptions.addAll(jdbc.sql("select day, kind, name, note from office_day_exception where office_code = ?")
                .param(office.value()).query(CalendarRulesRepository::exception).list());
        var convention = DayCountConvention.valueOf(jdbc.sql(
                "select convention from office_calendar where office_code = ?").param(office.value())
                .query(String.class).single());
        return new CalendarRules(weeklyHours(office), List.of(), extraSessions(office), exceptions, convention);
    }

    public List<DayException> nationalDays() {
        return jdbc.sql("select day, kind, name, note from national_day order by day")
                .query(CalendarRulesRepository::exception).list();
    }

    private WeeklyHours weeklyHours(AgencyCode office) {
        var byDay = new EnumMap<DayOfWeek, List<WorkingSession>>(DayOfWeek.class);
        jdbc.sql("select weekday, starts, ends from office_session where office_code = ? order by weekday, starts")
                .param(office.value())
                .query((rs, n) -> {
                    byDay.computeIfAbsent(DayOfWeek.of(rs.getInt("weekday")), d -> new ArrayList<>())
                            .add(new WorkingSession(rs.getTime("starts").toLocalTime(), rs.getTime("ends").toLocalTime(), null));
                    return null;
                }).list();
        return new WeeklyHours(byDay);
    }

    private List<ExtraSession> extraSessions(AgencyCode office) {
        return jdbc.sql("""
                select label, weekdays, starts, ends, valid_from, valid_until
                from office_extra_session where office_code = ? order by id
                """)
                .param(office.value())
                .query((rs, n) -> new ExtraSession(
                        new WorkingSession(rs.getTime("starts").toLocalTime(), rs.getTime("ends").toLocalTime(),
                                rs.getString("label")),
                        Arrays.stream((Short[]) rs.getArray("weekdays").getArray()).map(DayOfWeek::of)
                                .collect(Collectors.toSet()),
                        rs.getDate("valid_from").toLocalDate(),
                        rs.getDate("valid_until") == null ? null : rs.getDate("valid_until").toLocalDate()))
                .list();
    }

    private static DayException exception(ResultSet rs, int row) throws SQLException {
        LocalDate day = rs.getDate("day").toLocalDate();
        return new DayException(day, DayException.Kind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("note"));
    }
}

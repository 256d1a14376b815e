package vn.motcua.calendar.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.CalendarSettings;
import vn.motcua.calendar.CalendarSettings.Identified;
import vn.motcua.calendar.domain.CalendarRules;
import vn.motcua.calendar.domain.DayCountConvention;
import vn.motcua.calendar.domain.DayException;
import vn.motcua.calendar.domain.ExtraSession;
import vn.motcua.calendar.domain.SeasonalHours;
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

    /** The version of the office's own calendar, or empty when it has none of its own. */
    public Optional<Integer> ownVersion(AgencyCode office) {
        return jdbc.sql("select version from office_calendar where office_code = ?").param(office.value())
                .query(Integer.class).optional();
    }

    /** The rules of an office's own calendar together with the national days; empty when it has none. */
    public Optional<CalendarRules> ownRules(AgencyCode office) {
        return ownSettings(office, office).map(s -> new CalendarRules(s.hours(),
                s.seasons().stream().map(Identified::value).toList(),
                s.extraSessions().stream().map(Identified::value).toList(),
                withNational(s.localExceptions()), s.convention()));
    }

    /** Standard hours, the Civil Code and the national days: the calendar of an office with no ancestor's own. */
    public CalendarRules standardRules() {
        return CalendarRules.standard(nationalDays());
    }

    /** The settings stored for {@code owner}, shown as those of {@code office} (which inherits them). */
    public Optional<CalendarSettings> ownSettings(AgencyCode office, AgencyCode owner) {
        return jdbc.sql("select version, convention from office_calendar where office_code = ?").param(owner.value())
                .query((rs, n) -> new CalendarSettings(office, Optional.of(owner), rs.getInt("version"),
                        DayCountConvention.valueOf(rs.getString("convention")), weeklyHours(owner),
                        extraSessions(owner), seasons(owner), localExceptions(owner)))
                .optional();
    }

    public List<DayException> nationalDays() {
        return jdbc.sql("select day, kind, name, note from national_day order by day")
                .query(CalendarRulesRepository::exception).list();
    }

    public List<DayException> nationalDaysBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("select day, kind, name, note from national_day where day between ? and ? order by day")
                .params(from, to).query(CalendarRulesRepository::exception).list();
    }

    private List<DayException> withNational(List<DayException> local) {
        var all = new ArrayList<>(nationalDays());
        all.addAll(local);
        return all;
    }

    private List<DayException> localExceptions(AgencyCode office) {
        return jdbc.sql("select day, kind, name, note from office_day_exception where office_code = ? order by day")
                .param(office.value()).query(CalendarRulesRepository::exception).list();
    }

    private WeeklyHours weeklyHours(AgencyCode office) {
        return new WeeklyHours(sessions(
                "select weekday, starts, ends from office_session where office_code = ? order by weekday, starts",
                office.value()));
    }

    private Map<DayOfWeek, List<WorkingSession>> sessions(String sql, Object key) {
        var byDay = new EnumMap<DayOfWeek, List<WorkingSession>>(DayOfWeek.class);
        jdbc.sql(sql).param(key).query((rs, n) -> {
            byDay.computeIfAbsent(DayOfWeek.of(rs.getInt("weekday")), d -> new ArrayList<>())
                    .add(new WorkingSession(rs.getTime("starts").toLocalTime(), rs.getTime("ends").toLocalTime(), null));
            return null;
        }).list();
        return byDay;
    }

    private List<Identified<SeasonalHours>> seasons(AgencyCode office) {
        return jdbc.sql("""
                select id, name, from_month, from_day, to_month, to_day from office_season
                where office_code = ? order by from_month, from_day, id
                """)
                .param(office.value())
                .query((rs, n) -> new Identified<>(rs.getLong("id"), new SeasonalHours(rs.getString("name"),
                        MonthDay.of(rs.getInt("from_month"), rs.getInt("from_day")),
                        MonthDay.of(rs.getInt("to_month"), rs.getInt("to_day")),
                        new WeeklyHours(sessions("""
                                select weekday, starts, ends from office_season_session where season_id = ?
                                order by weekday, starts""", rs.getLong("id"))))))
                .list();
    }

    private List<Identified<ExtraSession>> extraSessions(AgencyCode office) {
        return jdbc.sql("""
                select id, label, weekdays, starts, ends, valid_from, valid_until, counts_for
                from office_extra_session where office_code = ? order by valid_from, id
                """)
                .param(office.value())
                .query((rs, n) -> new Identified<>(rs.getLong("id"), new ExtraSession(
                        new WorkingSession(rs.getTime("starts").toLocalTime(), rs.getTime("ends").toLocalTime(),
                                rs.getString("label")),
                        Arrays.stream((Short[]) rs.getArray("weekdays").getArray()).map(DayOfWeek::of)
                                .collect(Collectors.toSet()),
                        rs.getDate("valid_from").toLocalDate(),
                        rs.getDate("valid_until") == null ? null : rs.getDate("valid_until").toLocalDate(),
                        ExtraSession.Use.valueOf(rs.getString("counts_for")))))
                .list();
    }

    static DayException exception(ResultSet rs, int row) throws SQLException {
        LocalDate day = rs.getDate("day").toLocalDate();
        return new DayException(day, DayException.Kind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("note"));
    }
}

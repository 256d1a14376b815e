package vn.motcua.calendar.persistence;

import java.sql.Array;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.CalendarSettings;
import vn.motcua.calendar.domain.DayCountConvention;
import vn.motcua.calendar.domain.DayException;
import vn.motcua.calendar.domain.ExtraSession;
import vn.motcua.calendar.domain.SeasonalHours;
import vn.motcua.calendar.domain.WeeklyHours;
import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.organization.domain.AgencyCode;

/** Writes offices' own calendars and the national days. Callers hold the transaction. */
@Repository
public class CalendarRulesWriter {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CalendarRulesWriter(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Gives the office a calendar of its own, a copy of the settings it inherited. */
    public void adopt(CalendarSettings inherited) {
        String office = inherited.office().value();
        jdbc.sql("insert into office_calendar (office_code, convention, version) values (?, ?, 1)")
                .params(office, inherited.convention().name()).update();
        inherited.hours().sessions().forEach((day, sessions) -> insertSessions(inherited.office(), day, sessions));
        inherited.extraSessions().forEach(e -> addExtraSession(inherited.office(), e.value()));
        inherited.seasons().forEach(s -> addSeason(inherited.office(), s.value()));
        inherited.localExceptions().forEach(e -> putException(inherited.office(), e));
    }

    /** Moves the own calendar to the next version if it is still at {@code expected}. */
    public boolean advanceVersion(AgencyCode office, int expected) {
        return jdbc.sql("update office_calendar set version = version + 1 where office_code = ? and version = ?")
                .params(office.value(), expected).update() == 1;
    }

    public void removeOwn(AgencyCode office) {
        jdbc.sql("delete from office_calendar where office_code = ?").param(office.value()).update();
    }

    public void setConvention(AgencyCode office, DayCountConvention convention) {
        jdbc.sql("update office_calendar set convention = ? where office_code = ?")
                .params(convention.name(), office.value()).update();
    }

    public void replaceWeeklyHours(AgencyCode office, WeeklyHours hours) {
        jdbc.sql("delete from office_session where office_code = ?").param(office.value()).update();
        hours.sessions().forEach((day, sessions) -> insertSessions(office, day, sessions));
    }

    private void insertSessions(AgencyCode office, DayOfWeek day, List<WorkingSession> sessions) {
        sessions.forEach(s -> jdbc.sql("insert into office_session (office_code, weekday, starts, ends) values (?, ?, ?, ?)")
                .params(office.value(), day.getValue(), s.start(), s.end()).update());
    }

    public void addExtraSession(AgencyCode office, ExtraSession extra) {
        Integer[] days = extra.days().stream().map(DayOfWeek::getValue).sorted().toArray(Integer[]::new);
        template.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into office_extra_session (office_code, label, weekdays, starts, ends, valid_from, valid_until,
                        counts_for)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""");
            Array weekdays = connection.createArrayOf("smallint", days);
            insert.setString(1, office.value());
            insert.setString(2, extra.session().label() == null ? "" : extra.session().label());
            insert.setArray(3, weekdays);
            insert.setObject(4, extra.session().start());
            insert.setObject(5, extra.session().end());
            insert.setObject(6, extra.from());
            insert.setObject(7, extra.until());
            insert.setString(8, extra.use().name());
            return insert;
        });
    }

    public boolean removeExtraSession(AgencyCode office, long id) {
        return jdbc.sql("delete from office_extra_session where office_code = ? and id = ?")
                .params(office.value(), id).update() == 1;
    }

    public void addSeason(AgencyCode office, SeasonalHours season) {
        long id = jdbc.sql("""
                insert into office_season (office_code, name, from_month, from_day, to_month, to_day)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(office.value(), season.name(), season.from().getMonthValue(), season.from().getDayOfMonth(),
                        season.to().getMonthValue(), season.to().getDayOfMonth())
                .query(Long.class).single();
        insertSeasonSessions(id, season.hours());
    }

    private void insertSeasonSessions(long season, WeeklyHours hours) {
        for (Map.Entry<DayOfWeek, List<WorkingSession>> day : hours.sessions().entrySet()) {
            day.getValue().forEach(s -> jdbc.sql(
                    "insert into office_season_session (season_id, weekday, starts, ends) values (?, ?, ?, ?)")
                    .params(season, day.getKey().getValue(), s.start(), s.end()).update());
        }
    }

    public boolean removeSeason(AgencyCode office, long id) {
        return jdbc.sql("delete from office_season where office_code = ? and id = ?")
                .params(office.value(), id).update() == 1;
    }

    public void putException(AgencyCode office, DayException exception) {
        jdbc.sql("""
                insert into office_day_exception (office_code, day, kind, name, note) values (?, ?, ?, ?, ?)
                on conflict (office_code, day) do update set kind = excluded.kind, name = excluded.name, note = excluded.note
                """)
                .params(office.value(), exception.date(), exception.kind().name(), exception.name(), exception.note())
                .update();
    }

    public boolean removeException(AgencyCode office, LocalDate day) {
        return jdbc.sql("delete from office_day_exception where office_code = ? and day = ?")
                .params(office.value(), day).update() == 1;
    }

    public Optional<DayException> nationalDay(LocalDate day) {
        return jdbc.sql("select day, kind, name, note from national_day where day = ? for update").param(day)
                .query(CalendarRulesRepository::exception).optional();
    }

    public void putNationalDay(DayException day, String actor) {
        jdbc.sql("""
                insert into national_day (day, kind, name, note, updated_at, updated_by) values (?, ?, ?, ?, now(), ?)
                on conflict (day) do update set kind = excluded.kind, name = excluded.name, note = excluded.note,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """)
                .params(day.date(), day.kind().name(), day.name(), day.note(), actor).update();
    }

    public boolean removeNationalDay(LocalDate day) {
        return jdbc.sql("delete from national_day where day = ?").param(day).update() == 1;
    }
}

package vn.motcua.queue.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.queue.domain.Priority;
import vn.motcua.queue.domain.Ticket;
import vn.motcua.queue.domain.TicketStatus;
import vn.motcua.queue.domain.WaitingFigures;

/** The {@code queue_ticket} table and its numbers per office and day (V46). */
@Repository
public class TicketRows {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    TicketRows(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** The highest number the office's day has, 0 for none. */
    public int lastNumber(String office, LocalDate day) {
        return jdbc.sql("select coalesce(max(number), 0) from queue_ticket where office_code = ? and day = ?")
                .params(office, Date.valueOf(day)).query(Integer.class).single();
    }

    /** A counter's latest service of a day: when it began and ended. */
    public record LastService(int counter, Instant start, Instant end) {
    }

    /** Each counter's latest service of the office's day (the history goes on from them in a later batch). */
    public List<LastService> lastServices(String office, LocalDate day) {
        return jdbc.sql("""
                select counter, max(serving_at) as start, max(finished_at) as finish from queue_ticket
                where office_code = ? and day = ? and status = 'DONE' and counter is not null group by counter
                """).params(office, Date.valueOf(day))
                .query((rs, n) -> new LastService(rs.getInt("counter"), instant(rs, "start"), instant(rs, "finish"))).list();
    }

    /** The latest ticket taken of the office's day, if any. */
    public Optional<Instant> lastTaken(String office, LocalDate day) {
        return jdbc.sql("select taken_at from queue_ticket where office_code = ? and day = ? order by taken_at desc limit 1")
                .params(office, Date.valueOf(day)).query((rs, n) -> instant(rs, "taken_at")).optional();
    }

    /** Stores the history's tickets in batches; a number a day already has is left out. */
    public void insertHistory(List<Ticket> past) {
        batches.batchUpdate("""
                insert into queue_ticket (id, office_code, day, number, field, priority, status, taken_at, counter, called_by, calls,
                    called_at, first_called_at, serving_at, finished_at, dossier_code, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'HISTORY')
                on conflict (office_code, day, number) do nothing
                """, past, 1000, (ps, t) -> {
                    ps.setObject(1, t.id());
                    ps.setString(2, t.office());
                    ps.setDate(3, Date.valueOf(t.day()));
                    ps.setInt(4, t.number());
                    ps.setString(5, t.field());
                    ps.setString(6, t.priority() == null ? null : t.priority().name());
                    ps.setString(7, t.status().name());
                    ps.setTimestamp(8, ts(t.takenAt()));
                    ps.setObject(9, t.counter());
                    ps.setString(10, t.calledBy());
                    ps.setInt(11, t.calls());
                    ps.setTimestamp(12, ts(t.calledAt()));
                    ps.setTimestamp(13, ts(t.calledAt()));
                    ps.setTimestamp(14, ts(t.servingAt()));
                    ps.setTimestamp(15, ts(t.finishedAt()));
                    ps.setString(16, t.dossierCode());
                });
        batches.batchUpdate("""
                insert into queue_ticket_dossier (dossier_code, ticket_id, linked_at, linked_by)
                select ?, id, serving_at, called_by from queue_ticket where id = ?
                on conflict (dossier_code) do nothing
                """, past.stream().filter(t -> t.dossierCode() != null).toList(), 1000, (ps, t) -> {
                    ps.setString(1, t.dossierCode());
                    ps.setObject(2, t.id());
                });
    }

    /** The office's next ticket number of the day, in the caller's transaction: never twice, on any instance. */
    public int nextNumber(String office, LocalDate day) {
        return jdbc.sql("""
                insert into queue_ticket_sequence (office_code, day, last_value) values (?, ?, 1)
                on conflict (office_code, day) do update set last_value = queue_ticket_sequence.last_value + 1
                returning last_value
                """).params(office, Date.valueOf(day)).query(Integer.class).single();
    }

    /** A new ticket; {@code bookedFor} is the booked time of a ticket from a booking, else {@code null}. */
    public void insert(Ticket t, String source, Instant bookedFor) {
        jdbc.sql("""
                insert into queue_ticket (id, office_code, day, number, field, priority, status, taken_at, source, booked_for)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(t.id(), t.office(), Date.valueOf(t.day()), t.number(), t.field(),
                        t.priority() == null ? null : t.priority().name(), t.status().name(), Timestamp.from(t.takenAt()), source,
                        ts(bookedFor))
                .update();
    }

    /**
     * The next ticket the counter calls, locked for the caller's transaction; a ticket another counter is locking is
     * skipped, so two counters calling at once never take the same one. Sent to this counter first, then priority
     * (a booking's ticket from its booked time on), then the oldest, among the fields the counter takes (all when it
     * names none).
     */
    public Optional<Ticket> nextFor(String office, LocalDate day, int counter, List<String> fields, Instant now) {
        return jdbc.sql("""
                select * from queue_ticket
                where office_code = :office and day = :day and status = 'WAITING'
                  and (for_counter = :counter or (for_counter is null and (:all or field in (:fields))))
                order by (for_counter is not null) desc, (priority is null or coalesce(booked_for > :now, false)), taken_at, number
                limit 1 for update skip locked
                """).param("office", office).param("day", Date.valueOf(day)).param("counter", counter)
                .param("now", Timestamp.from(now))
                .param("all", fields.isEmpty()).param("fields", fields.isEmpty() ? List.of("") : fields)
                .query(TicketRows::ticket).optional();
    }

    public Optional<Ticket> forUpdate(UUID id) {
        return jdbc.sql("select * from queue_ticket where id = ? for update").param(id).query(TicketRows::ticket).optional();
    }

    public void update(Ticket t) {
        jdbc.sql("""
                update queue_ticket set status = ?, counter = ?, for_counter = ?, called_by = ?, calls = ?, called_at = ?,
                    first_called_at = coalesce(first_called_at, ?), serving_at = ?, finished_at = ?, dossier_code = ? where id = ?
                """).params(t.status().name(), t.counter(), t.forCounter(), t.calledBy(), t.calls(), ts(t.calledAt()), ts(t.calledAt()),
                        ts(t.servingAt()), ts(t.finishedAt()), t.dossierCode(), t.id()).update();
    }

    /** The ticket called to or served at the counter now, if any. */
    public Optional<Ticket> atCounter(String office, LocalDate day, int counter) {
        return jdbc.sql("""
                select * from queue_ticket where office_code = ? and day = ? and counter = ? and status in ('CALLED', 'SERVING')
                order by called_at desc limit 1
                """).params(office, Date.valueOf(day), counter).query(TicketRows::ticket).optional();
    }

    /** How many tickets of the field wait ahead of the ticket taken at {@code takenAt} with {@code number}. */
    public int ahead(String office, LocalDate day, String field, Instant takenAt, int number) {
        return jdbc.sql("""
                select count(*) from queue_ticket where office_code = ? and day = ? and field = ? and status = 'WAITING'
                  and (taken_at, number) < (?, ?)
                """).params(office, Date.valueOf(day), field, Timestamp.from(takenAt), number).query(Integer.class).single();
    }

    /** The office's last calls of the day, newest first. */
    public List<Ticket> lastCalls(String office, LocalDate day, int limit) {
        return jdbc.sql("""
                select * from queue_ticket where office_code = ? and day = ? and called_at is not null
                order by called_at desc, number desc limit ?
                """).params(office, Date.valueOf(day), limit).query(TicketRows::ticket).list();
    }

    /** The ticket the officer called and has not finished today, locked for the caller's transaction. */
    public Optional<Ticket> calledBy(String office, LocalDate day, String officer) {
        return jdbc.sql("""
                select * from queue_ticket where office_code = ? and day = ? and called_by = ? and status in ('CALLED', 'SERVING')
                order by called_at desc limit 1 for update
                """).params(office, Date.valueOf(day), officer).query(TicketRows::ticket).optional();
    }

    /** Records that the dossier was received for the ticket; a dossier already linked stays with its ticket. */
    public void link(UUID ticket, String dossierCode, Instant at, String by) {
        jdbc.sql("""
                insert into queue_ticket_dossier (dossier_code, ticket_id, linked_at, linked_by) values (?, ?, ?, ?)
                on conflict (dossier_code) do nothing
                """).params(dossierCode, ticket, Timestamp.from(at), by).update();
    }

    /** The dossiers received for the ticket, in the order they were. */
    public List<String> dossiers(UUID ticket) {
        return jdbc.sql("select dossier_code from queue_ticket_dossier where ticket_id = ? order by linked_at, dossier_code")
                .param(ticket).query(String.class).list();
    }

    /**
     * The office's boards must show a change: its board version goes up and, when the caller's transaction commits,
     * every instance hears it on channel {@code motcua_queue} ("office version").
     */
    public long boardChanged(String office) {
        long version = jdbc.sql("""
                insert into queue_board (office_code, version) values (?, 1)
                on conflict (office_code) do update set version = queue_board.version + 1 returning version
                """).param(office).query(Long.class).single();
        jdbc.sql("select pg_notify('motcua_queue', ?)").param(office + " " + version).query(Object.class).single();
        return version;
    }

    public long boardVersion(String office) {
        return jdbc.sql("select version from queue_board where office_code = ?").param(office).query(Long.class).optional()
                .orElse(0L);
    }

    /** The tickets at the office's counters now (called or served), one per counter, the latest call. */
    public List<Ticket> atCounters(String office, LocalDate day) {
        return jdbc.sql("""
                select distinct on (counter) * from queue_ticket
                where office_code = ? and day = ? and status in ('CALLED', 'SERVING')
                order by counter, called_at desc
                """).params(office, Date.valueOf(day)).query(TicketRows::ticket).list();
    }

    /** A ticket's times as the waiting figures read them. */
    public record Times(String office, Instant taken, Instant firstCalled, Instant serving, Instant finished, Integer counter,
            String officer, String field, String status) {
    }

    /**
     * The offices' tickets between the days counted in PostgreSQL (for the dashboard's card, without reading them):
     * tickets, called, no-shows, and the wait and service medians and 90th percentiles in minutes (nearest rank).
     */
    public WaitingFigures.Stat overall(List<String> offices, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) as tickets, count(first_called_at) as called, count(*) filter (where status = 'NO_SHOW') as no_shows,
                  percentile_disc(0.5) within group (order by extract(epoch from first_called_at - taken_at)) as wait50,
                  percentile_disc(0.9) within group (order by extract(epoch from first_called_at - taken_at)) as wait90,
                  percentile_disc(0.5) within group (order by extract(epoch from finished_at - serving_at)) as service50,
                  percentile_disc(0.9) within group (order by extract(epoch from finished_at - serving_at)) as service90
                from queue_ticket where office_code in (:offices) and day between :from and :to
                """).param("offices", offices).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new WaitingFigures.Stat("", rs.getInt("tickets"), rs.getInt("called"), rs.getInt("no_shows"),
                        minutes(rs, "wait50"), minutes(rs, "wait90"), minutes(rs, "service50"), minutes(rs, "service90"))).single();
    }

    private static Optional<Double> minutes(ResultSet rs, String column) throws SQLException {
        double seconds = rs.getDouble(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Math.round(seconds / 6.0) / 10.0);
    }

    /** The offices' tickets taken between the days (both included), at most {@code limit}. */
    public List<Times> times(List<String> offices, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                select office_code, taken_at, first_called_at, serving_at, finished_at, counter, called_by, field, status
                from queue_ticket where office_code in (:offices) and day between :from and :to limit :limit
                """).param("offices", offices).param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("limit", limit)
                .query((rs, n) -> new Times(rs.getString("office_code"), instant(rs, "taken_at"), instant(rs, "first_called_at"),
                        instant(rs, "serving_at"), instant(rs, "finished_at"), (Integer) rs.getObject("counter"),
                        rs.getString("called_by"), rs.getString("field"), rs.getString("status"))).list();
    }

    /** A ticket as the simulator replays it: its times, counter, field, status and the dossiers received at it. */
    public record Visit(Instant taken, Instant firstCalled, Instant serving, Instant finished, Integer counter, String field,
            String status, List<String> dossiers) {
    }

    /** The office's tickets taken between the days (both included), at most {@code limit}, in the order taken. */
    public List<Visit> visits(String office, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                select t.taken_at, t.first_called_at, t.serving_at, t.finished_at, t.counter, t.field, t.status,
                  (select array_agg(l.dossier_code order by l.dossier_code) from queue_ticket_dossier l where l.ticket_id = t.id) as dossiers
                from queue_ticket t where t.office_code = :office and t.day between :from and :to order by t.taken_at limit :limit
                """).param("office", office).param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("limit", limit)
                .query((rs, n) -> {
                    var codes = rs.getArray("dossiers");
                    return new Visit(instant(rs, "taken_at"), instant(rs, "first_called_at"), instant(rs, "serving_at"),
                            instant(rs, "finished_at"), (Integer) rs.getObject("counter"), rs.getString("field"), rs.getString("status"),
                            codes == null ? List.of() : List.of((String[]) codes.getArray()));
                }).list();
    }

    public Optional<Ticket> find(UUID id) {
        return jdbc.sql("select * from queue_ticket where id = ?").param(id).query(TicketRows::ticket).optional();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Ticket ticket(ResultSet rs, int n) throws SQLException {
        String priority = rs.getString("priority");
        return new Ticket(rs.getObject("id", UUID.class), rs.getString("office_code"), rs.getDate("day").toLocalDate(),
                rs.getInt("number"), rs.getString("field"), priority == null ? null : Priority.valueOf(priority),
                TicketStatus.valueOf(rs.getString("status")), instant(rs, "taken_at"), (Integer) rs.getObject("counter"),
                (Integer) rs.getObject("for_counter"), rs.getString("called_by"), rs.getInt("calls"), instant(rs, "called_at"),
                instant(rs, "serving_at"), instant(rs, "finished_at"), rs.getString("dossier_code"));
    }
}

package vn.motcua.queue.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.queue.domain.Booking;
import vn.motcua.queue.domain.BookingSettings;
import vn.motcua.queue.domain.BookingSlot;
import vn.motcua.queue.domain.BookingStatus;

/** The booking tables (V49): each office's dated rules, the bookings, and each slot's count. */
@Repository
public class BookingRows {

    private final JdbcClient jdbc;

    BookingRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The office's rules in force on the day, if it set any. */
    public Optional<BookingSettings> settings(String office, LocalDate day) {
        return jdbc.sql("""
                select * from queue_booking_setting where office_code = ? and valid_from <= ? order by valid_from desc limit 1
                """).params(office, Date.valueOf(day)).query((rs, n) -> new BookingSettings(rs.getDate("valid_from").toLocalDate(),
                        rs.getInt("slot_minutes"), rs.getInt("per_slot"), rs.getInt("days_ahead"), rs.getInt("per_phone_per_day")))
                .optional();
    }

    /** The office's rules from their day on (the same day set again replaces them). */
    public void saveSettings(String office, BookingSettings s, String by, Instant at) {
        jdbc.sql("""
                insert into queue_booking_setting (office_code, valid_from, slot_minutes, per_slot, days_ahead, per_phone_per_day,
                    set_by, set_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (office_code, valid_from) do update set slot_minutes = excluded.slot_minutes,
                    per_slot = excluded.per_slot, days_ahead = excluded.days_ahead,
                    per_phone_per_day = excluded.per_phone_per_day, set_by = excluded.set_by, set_at = excluded.set_at
                """).params(office, Date.valueOf(s.validFrom()), s.slotMinutes(), s.perSlot(), s.daysAhead(), s.perPhonePerDay(), by,
                        Timestamp.from(at)).update();
    }

    /**
     * Takes a place in the slot, in the caller's transaction, only while it has fewer than {@code capacity}: false
     * when it is full. Two bookings of the last place at once: one waits for the other's row and then finds it full.
     */
    public boolean reserve(String office, LocalDate day, LocalTime start, int capacity) {
        return jdbc.sql("""
                insert into queue_booking_slot (office_code, day, starts, booked) values (?, ?, ?, 1)
                on conflict (office_code, day, starts) do update set booked = queue_booking_slot.booked + 1
                where queue_booking_slot.booked < ?
                returning booked
                """).params(office, Date.valueOf(day), Time.valueOf(start), capacity).query(Integer.class).optional()
                .filter(n -> n <= capacity).isPresent();
    }

    public void release(String office, LocalDate day, LocalTime start) {
        jdbc.sql("update queue_booking_slot set booked = greatest(booked - 1, 0) where office_code = ? and day = ? and starts = ?")
                .params(office, Date.valueOf(day), Time.valueOf(start)).update();
    }

    /** Places taken in the office's slots of the days, by day and start. */
    public Map<LocalDate, Map<LocalTime, Integer>> taken(String office, LocalDate from, LocalDate to) {
        var taken = new HashMap<LocalDate, Map<LocalTime, Integer>>();
        jdbc.sql("select day, starts, booked from queue_booking_slot where office_code = ? and day between ? and ?")
                .params(office, Date.valueOf(from), Date.valueOf(to)).query(rs -> {
                    taken.computeIfAbsent(rs.getDate("day").toLocalDate(), d -> new HashMap<>())
                            .put(rs.getTime("starts").toLocalTime(), rs.getInt("booked"));
                });
        return taken;
    }

    /** Serialises bookings for one phone (its limit a day), in the caller's transaction. */
    public int bookedFor(String phone, LocalDate day) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('booking-phone:' || ?))").param(phone).query(Object.class).single();
        return jdbc.sql("select count(*) from queue_booking where phone = ? and day = ? and status <> 'CANCELLED'")
                .params(phone, Date.valueOf(day)).query(Integer.class).single();
    }

    public void insert(Booking b) {
        jdbc.sql("""
                insert into queue_booking (id, code, office_code, procedure_code, procedure_name, field, day, starts, ends,
                    session_label, name, phone, status, booked_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(b.id(), b.code(), b.office(), b.procedureCode(), b.procedureName(), b.field(), Date.valueOf(b.day()),
                        Time.valueOf(b.slot().start()), Time.valueOf(b.slot().end()), b.slot().session(), b.name(), b.phone(),
                        b.status().name(), Timestamp.from(b.bookedAt())).update();
    }

    public void update(Booking b) {
        jdbc.sql("""
                update queue_booking set day = ?, starts = ?, ends = ?, session_label = ?, status = ?, changed_at = ?, ticket_id = ?
                where id = ?
                """).params(Date.valueOf(b.day()), Time.valueOf(b.slot().start()), Time.valueOf(b.slot().end()), b.slot().session(),
                        b.status().name(), b.changedAt() == null ? null : Timestamp.from(b.changedAt()), b.ticket(), b.id()).update();
    }

    public Optional<Booking> find(String code) {
        return jdbc.sql("select * from queue_booking where code = ?").param(code).query(BookingRows::booking).optional();
    }

    public Optional<Booking> forUpdate(String code) {
        return jdbc.sql("select * from queue_booking where code = ? for update").param(code).query(BookingRows::booking).optional();
    }

    /** Bookings of the day not reminded yet, locked (another instance's reminder run skips them). */
    public List<Booking> toRemind(LocalDate day, int limit) {
        return jdbc.sql("""
                select * from queue_booking where day = ? and status = 'BOOKED' and reminded_at is null
                order by starts limit ? for update skip locked
                """).params(Date.valueOf(day), limit).query(BookingRows::booking).list();
    }

    public void reminded(UUID id, Instant at) {
        jdbc.sql("update queue_booking set reminded_at = ? where id = ?").params(Timestamp.from(at), id).update();
    }

    /** Bookings of the offices between the days, never checked in, whose time ended before {@code now}. */
    public int noShows(List<String> offices, LocalDate from, LocalDate to, java.time.LocalDateTime now) {
        return jdbc.sql("""
                select count(*) from queue_booking where office_code in (:offices) and day between :from and :to
                  and status = 'BOOKED' and (day + ends) < :now
                """).param("offices", offices).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("now", Timestamp.valueOf(now)).query(Integer.class).single();
    }

    private static Booking booking(ResultSet rs, int n) throws SQLException {
        Timestamp changed = rs.getTimestamp("changed_at");
        return new Booking(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("office_code"),
                rs.getString("procedure_code"), rs.getString("procedure_name"), rs.getString("field"),
                rs.getDate("day").toLocalDate(), new BookingSlot(rs.getTime("starts").toLocalTime(),
                        rs.getTime("ends").toLocalTime(), rs.getString("session_label")), rs.getString("name"),
                rs.getString("phone"), BookingStatus.valueOf(rs.getString("status")), rs.getTimestamp("booked_at").toInstant(),
                changed == null ? null : changed.toInstant(), rs.getObject("ticket_id", UUID.class));
    }
}
